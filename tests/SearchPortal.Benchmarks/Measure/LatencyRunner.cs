using SearchPortal.Benchmarks.Cli;
using SearchPortal.Benchmarks.Engines;
using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Measure;

/// <summary>
/// Measures latency per query class, one query at a time: each engine passes over the whole mix until
/// <see cref="BenchSettings.WarmupTime"/> is spent or 10 passes are done, whichever comes first (so the JIT has tiered
/// up), then per class <see cref="BenchSettings.WarmupRounds"/> unmeasured passes and up to <see cref="BenchSettings.Rounds"/>
/// measured passes (stopping early once the class budget is spent, after at least one pass). Given several engines,
/// it measures them class by class in turn, alternating which goes first, so a change in the machine's load between
/// classes hits both and their ratios stay fair on a shared machine.
/// </summary>
internal sealed class LatencyRunner(BenchSettings settings, Action<string> log)
{
    public IReadOnlyDictionary<string, ClassMeasurement> Run(ISearchEngine engine, IReadOnlyList<BenchQuery> queries) =>
        Run([new InProcessMeasurer(engine, settings, log)], queries)[engine.Name];

    /// <summary>Per engine name, per class.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, ClassMeasurement>> Run(IReadOnlyList<IClassMeasurer> engines, IReadOnlyList<BenchQuery> queries)
    {
        var results = engines.ToDictionary(e => e.Name, _ => new Dictionary<string, ClassMeasurement>());
        foreach (var engine in engines) engine.WarmUp(queries);
        var classes = QueryMix.Classes(queries);
        for (var c = 0; c < classes.Count; c++)
        {
            var @class = classes[c];
            var members = queries.Where(q => q.Class == @class).ToArray();
            var order = c % 2 == 0 ? engines : engines.Reverse();
            foreach (var engine in order) results[engine.Name][@class] = Measure(engine, @class, members);
        }
        return results.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, ClassMeasurement>)r.Value);
    }

    private ClassMeasurement Measure(IClassMeasurer engine, string @class, BenchQuery[] members)
    {
        ClassMeasurement m;
        try
        {
            m = engine.Measure(@class, members);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log($"{engine.Name}: {@class} failed: {e.Message}");
            return ClassMeasurement.Failed(@class, e.Message);
        }
        if (m.Error is null)
        {
            log($"{engine.Name}: {@class,-16} p50 {m.Latency.P50,8:N2} ms  p99 {m.Latency.P99,8:N2} ms  ({m.Latency.Samples} runs, avg hits {m.AverageTotal:N0}, facet dims {m.FacetDimensions})");
        }
        return m;
    }
}
