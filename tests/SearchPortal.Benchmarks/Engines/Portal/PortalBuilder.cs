using System.Diagnostics;
using SearchPortal.Benchmarks.Measure;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Benchmarks.Engines.Portal;

/// <summary>
/// The portal's build, run in a child process: the normal ingestion path,
/// <c>IndexBuilder.CreateDefault().Build(jsonl, BuildDirectory.Open(dir), new BuildOptions { Rebuild = true })</c>,
/// as the indexer's <c>build</c> command does.
/// </summary>
internal static class PortalBuilder
{
    public static BuildOutcome Build(string input, string indexPath)
    {
        var clock = Stopwatch.StartNew();
        if (System.IO.Directory.Exists(indexPath)) System.IO.Directory.Delete(indexPath, recursive: true);
        BuildSummary summary;
        using (var directory = BuildDirectory.Open(indexPath))
        {
            summary = IndexBuilder.CreateDefault().Build(input, directory, new BuildOptions { Rebuild = true }, new ConsoleProgress("portal build"));
        }
        return new BuildOutcome
        {
            Seconds = clock.Elapsed.TotalSeconds,
            Indexed = summary.Indexed,
            Problems = summary.Problems.Count,
            PeakRssMb = ProcMemory.PeakRssMb(),
            IndexMb = DiskUsage.Mb(indexPath),
        };
    }
}
