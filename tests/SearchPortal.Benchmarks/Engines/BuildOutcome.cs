namespace SearchPortal.Benchmarks.Engines;

/// <summary>
/// The result of an index build, printed by the build child process as one JSON line: wall time, articles,
/// the child's peak RSS (VmHWM), the index size on disk, and engine-specific extras (e.g. stage timings).
/// </summary>
internal sealed record BuildOutcome
{
    public const string Marker = "BENCH-RESULT ";

    public required double Seconds { get; init; }
    public required int Indexed { get; init; }
    public int Problems { get; init; }
    public required double PeakRssMb { get; init; }
    public double IndexMb { get; init; }
    public Dictionary<string, double> Extras { get; init; } = [];
}
