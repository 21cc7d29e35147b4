namespace SearchPortal.Benchmarks.Measure;

/// <summary>
/// One query class on one engine: latency, and what came back (average total hits, the fewest facet
/// dimensions seen, hits returned and hits carrying snippets per query), so a fast but empty answer is visible in the report.
/// </summary>
internal sealed record ClassMeasurement(string Class, LatencyStats Latency, double AverageTotal, int FacetDimensions, double HitsReturned, double HitsWithSnippets, string? Error)
{
    /// <summary>Garbage collections during the measured passes; null when the engine does not report them.</summary>
    public GcCounts? Gc { get; init; }

    public static ClassMeasurement Failed(string @class, string error) => new(@class, LatencyStats.From([]), 0, 0, 0, 0, error);
}
