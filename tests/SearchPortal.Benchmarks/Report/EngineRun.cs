using SearchPortal.Benchmarks.Engines;
using SearchPortal.Benchmarks.Engines.Portal;
using SearchPortal.Benchmarks.Measure;

namespace SearchPortal.Benchmarks.Report;

/// <summary>
/// Everything measured for one engine: its build, per-class latencies, the result-count checks
/// ("phrase:illegal mining" → total) and engine-specific figures (e.g. the PostgreSQL server's peak PSS).
/// </summary>
internal sealed record EngineRun(
    string Name,
    BuildOutcome Build,
    double PeakRssMb,
    IReadOnlyDictionary<string, ClassMeasurement> Classes,
    IReadOnlyDictionary<string, int> Checks,
    IReadOnlyDictionary<string, double> Extras)
{
    /// <summary>The engine's full answer to each mix query (in mix order), when the run compares engines query by query.</summary>
    public IReadOnlyList<QueryAnswer>? Answers { get; init; }

    /// <summary>The engine's own stage split per class (the portal's is <see cref="BenchResults.PortalStages"/>); null when it has none.</summary>
    public IReadOnlyDictionary<string, PortalStages>? Stages { get; init; }
}
