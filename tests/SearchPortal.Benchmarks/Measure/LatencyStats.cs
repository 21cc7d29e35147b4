namespace SearchPortal.Benchmarks.Measure;

/// <summary>Latency percentiles of one query class on one engine, in milliseconds (nearest-rank percentiles).</summary>
internal sealed record LatencyStats(double P50, double P95, double P99, double Mean, double Max, int Samples)
{
    public static LatencyStats From(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new LatencyStats(0, 0, 0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        return new LatencyStats(Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99), sorted.Average(), sorted[^1], sorted.Length);
    }

    private static double Rank(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
