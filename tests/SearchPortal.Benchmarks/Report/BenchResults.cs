using SearchPortal.Benchmarks.Cli;
using SearchPortal.Benchmarks.Corpus;
using SearchPortal.Benchmarks.Engines.Portal;
using SearchPortal.Benchmarks.Http;
using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Report;

/// <summary>The whole run, as the JSON and Markdown reports present it.</summary>
internal sealed record BenchResults(
    BenchSettings Settings,
    CorpusManifest Corpus,
    IReadOnlyList<BenchQuery> Queries,
    IReadOnlyList<EngineRun> Engines,
    IReadOnlyDictionary<string, PortalStages> PortalStages,
    HttpOutcome Http,
    DateTimeOffset Started,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, string> Skipped,
    string LoadAtStart,
    string LoadAtEnd)
{
    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public EngineRun? Engine(string name) => Engines.FirstOrDefault(e => e.Name == name);

    public IReadOnlyList<string> Classes => QueryMix.Classes(Queries);

    /// <summary>portal p50 / peer p50 for a class (below 1: the portal is faster); null when either is missing.</summary>
    public double? Ratio(string peer, string @class, Func<Measure.LatencyStats, double> pick)
    {
        if (Engine("portal")?.Classes.GetValueOrDefault(@class) is not { Error: null } portal) return null;
        if (Engine(peer)?.Classes.GetValueOrDefault(@class) is not { Error: null } other || pick(other.Latency) <= 0) return null;
        return pick(portal.Latency) / pick(other.Latency);
    }

    /// <summary>Geometric mean of the portal/peer ratios over the classes both measured; null when there are none.</summary>
    public double? GeometricMeanRatio(string peer, Func<Measure.LatencyStats, double> pick)
    {
        var ratios = Classes.Select(c => Ratio(peer, c, pick)).OfType<double>().Where(r => r > 0).ToArray();
        return ratios.Length == 0 ? null : Math.Exp(ratios.Average(Math.Log));
    }
}
