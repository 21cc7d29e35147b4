using System.Diagnostics;
using SearchPortal.Benchmarks.Measure;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Benchmarks.Engines.Portal;

/// <summary>
/// Times the stages in front of indexing, in a child process: reading and parsing the JSONL alone, then
/// reading plus enrichment (parallel, as the builders run it). What a build takes beyond that is analysis
/// and Lucene's writing and merging.
/// </summary>
internal static class IngestProfiler
{
    public static BuildOutcome Profile(string input)
    {
        var clock = Stopwatch.StartNew();
        var read = new InputReader(IngestionOptions.Default).Read(input, _ => { }).Count();
        var readSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        using var batches = new EnrichedBatches(input);
        var enriched = batches.Read().Sum(b => b.Length);
        var enrichSeconds = clock.Elapsed.TotalSeconds;
        return new BuildOutcome
        {
            Seconds = readSeconds + enrichSeconds,
            Indexed = Math.Min(read, enriched),
            PeakRssMb = ProcMemory.PeakRssMb(),
            Extras = new Dictionary<string, double> { ["read_s"] = readSeconds, ["read_enrich_s"] = enrichSeconds },
        };
    }
}
