using System.CommandLine;

namespace SearchPortal.Benchmarks.Cli;

/// <summary>
/// The benchmark's command line: <c>--docs N [--quick] [--peers sqlite,postgres,lucene-java|all|none] --out DIR</c>, plus the
/// hidden build verbs the run starts as child processes.
/// </summary>
internal static class BenchCommand
{
    private static readonly string[] KnownPeers = ["sqlite", "postgres", "lucene-java"];

    public static RootCommand Create()
    {
        var docs = new Option<int>("--docs") { Description = "Articles to generate and index (1,000 to 1,000,000).", DefaultValueFactory = _ => BenchSettings.QuickMaxDocs };
        var quick = new Option<bool>("--quick") { Description = $"A run of at most {BenchSettings.QuickMaxDocs:N0} articles with short measurements (about 2 minutes)." };
        var peers = new Option<string>("--peers") { Description = "Comma-separated peers to compare with: sqlite, postgres, lucene-java; all; or none.", DefaultValueFactory = _ => "sqlite,postgres" };
        var output = new Option<string>("--out") { Description = "Folder for report.json and report.md.", DefaultValueFactory = _ => Path.Combine(RepoPaths.Root, "bench-out", "results") };
        var work = new Option<string>("--work") { Description = "Folder for generated corpora, indexes and databases (git-ignored by default).", DefaultValueFactory = _ => RepoPaths.DefaultWork };
        var seed = new Option<int>("--seed") { Description = "Seed of the corpus generator.", DefaultValueFactory = _ => 42 };
        var noHttp = new Option<bool>("--no-http") { Description = "Skip the HTTP stage (web app + wrk)." };
        var root = new RootCommand("Benchmarks SearchPortal against SQLite FTS5, PostgreSQL full-text search and Lucene Java on a generated corpus.")
        {
            docs, quick, peers, output, work, seed, noHttp,
        };
        foreach (var child in ChildCommands.Create()) root.Add(child);
        root.Add(MapCommand.Create());
        root.SetAction(result =>
        {
            var requested = (result.GetValue(peers) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.ToLowerInvariant()).Where(p => p != "none")
                .SelectMany(p => p == "all" ? KnownPeers : [p]).ToHashSet();
            var unknown = requested.Except(KnownPeers).ToArray();
            var count = result.GetValue(docs);
            if (unknown.Length > 0 || count is < 1_000 or > 1_000_000)
            {
                Console.Error.WriteLine(unknown.Length > 0 ? $"Unknown peers: {string.Join(", ", unknown)}; known: {string.Join(", ", KnownPeers)}." : "--docs must be between 1,000 and 1,000,000.");
                return 2;
            }
            var isQuick = result.GetValue(quick);
            return new BenchRunner(new BenchSettings
            {
                Docs = isQuick ? Math.Min(count, BenchSettings.QuickMaxDocs) : count,
                Quick = isQuick,
                Peers = requested,
                OutDir = Path.GetFullPath(result.GetValue(output)!),
                WorkDir = Path.GetFullPath(result.GetValue(work)!),
                Seed = result.GetValue(seed),
                SkipHttp = result.GetValue(noHttp),
            }).Run();
        });
        return root;
    }
}
