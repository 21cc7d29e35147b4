using System.Diagnostics;
using SearchPortal.Benchmarks.Cli;
using SearchPortal.Benchmarks.Engines;
using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Measure;

/// <summary>
/// Measures in-process latency per query class, one query at a time: passes over the whole mix until
/// <see cref="BenchSettings.WarmupTime"/> is spent or <see cref="MaxWarmupPasses"/> passes are done, whichever comes
/// first (so the JIT has tiered up the hot code), then per class <see cref="BenchSettings.WarmupRounds"/> unmeasured
/// passes and up to <see cref="BenchSettings.Rounds"/> measured passes (stopping early once the class budget is spent,
/// after at least one pass).
/// </summary>
internal sealed class LatencyRunner(BenchSettings settings, Action<string> log)
{
    private const int MaxWarmupPasses = 10;

    public IReadOnlyDictionary<string, ClassMeasurement> Run(ISearchEngine engine, IReadOnlyList<BenchQuery> queries)
    {
        var results = new Dictionary<string, ClassMeasurement>();
        var warm = Stopwatch.StartNew();
        var passes = 0;
        do
        {
            foreach (var query in queries) TrySearch(engine, query);
            passes++;
        }
        while (passes < MaxWarmupPasses && warm.Elapsed < settings.WarmupTime);
        // Let the runtime's background tier-1 (PGO) compilation of the hot methods finish before measuring.
        Thread.Sleep(1000);
        log($"{engine.Name}: {passes} warm-up passes over {queries.Count} queries in {warm.Elapsed.TotalSeconds:N1} s");
        foreach (var @class in QueryMix.Classes(queries))
        {
            var members = queries.Where(q => q.Class == @class).ToArray();
            try
            {
                results[@class] = Measure(engine, @class, members);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log($"{engine.Name}: {@class} failed: {e.Message}");
                results[@class] = ClassMeasurement.Failed(@class, e.Message);
                continue;
            }
            var m = results[@class];
            log($"{engine.Name}: {@class,-16} p50 {m.Latency.P50,8:N2} ms  p99 {m.Latency.P99,8:N2} ms  ({m.Latency.Samples} runs, avg hits {m.AverageTotal:N0}, facet dims {m.FacetDimensions})");
        }
        return results;
    }

    private ClassMeasurement Measure(ISearchEngine engine, string @class, BenchQuery[] members)
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

    private void TrySearch(ISearchEngine engine, BenchQuery query)
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
