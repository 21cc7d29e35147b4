using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Measure;

/// <summary>
/// An engine as the latency protocol drives it: warm up over the whole mix, then measure one class at a time, so
/// that <see cref="LatencyRunner"/> can alternate engines class by class and both see the same machine load.
/// </summary>
internal interface IClassMeasurer
{
    string Name { get; }

    /// <summary>Passes over the whole mix until the warm-up time is spent or 10 passes are done, then a 1 s pause.</summary>
    void WarmUp(IReadOnlyList<BenchQuery> queries);

    /// <summary>The class's warm-up passes, then its measured passes.</summary>
    ClassMeasurement Measure(string @class, BenchQuery[] members);
}
