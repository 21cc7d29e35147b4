using System.Diagnostics;
using SearchPortal.Benchmarks.Cli;
using SearchPortal.Benchmarks.Engines;
using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Measure;

/// <summary>
/// The latency protocol for an engine in this process: each query timed alone with <see cref="Stopwatch"/>,
/// garbage collections and this thread's allocations counted around a class's measured passes.
/// </summary>
internal sealed class InProcessMeasurer(ISearchEngine engine, BenchSettings settings, Action<string> log) : IClassMeasurer
{
    private const int MaxWarmupPasses = 10;

    public string Name => engine.Name;

    public void WarmUp(IReadOnlyList<BenchQuery> queries)
    {
        var warm = Stopwatch.StartNew();
        var passes = 0;
        do
        {
            foreach (var query in queries) TrySearch(query);
            passes++;
        }
        while (passes < MaxWarmupPasses && warm.Elapsed < settings.WarmupTime);
        // Let the runtime's background tier-1 (PGO) compilation of the hot methods finish before measuring.
        Thread.Sleep(1000);
        log($"{engine.Name}: {passes} warm-up passes over {queries.Count} queries in {warm.Elapsed.TotalSeconds:N1} s");
    }

    public ClassMeasurement Measure(string @class, BenchQuery[] members)
    {
        for (var w = 0; w < settings.WarmupRounds; w++)
        {
            foreach (var query in members) engine.Search(query);
        }
        var samples = new List<double>();
        var last = new EngineResult[members.Length];
        var gc = GcCounts.DotNetNow();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < settings.Rounds && (round == 0 || clock.Elapsed < settings.ClassBudget); round++)
        {
            for (var i = 0; i < members.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                last[i] = engine.Search(members[i]);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        var collections = GcCounts.Since(gc, samples.Count);
        return new ClassMeasurement(@class, LatencyStats.From(samples), last.Average(r => r.Total),
            last.Min(r => r.FacetDimensions), last.Average(r => r.HitIds.Count), last.Average(r => r.HitsWithSnippets), null) { Gc = collections };
    }

    private void TrySearch(BenchQuery query)
    {
        try
        {
            engine.Search(query);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log($"{engine.Name}: warm-up query '{query.Describe()}' failed: {e.Message}");
        }
    }
}
