using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Indexing;

/// <summary>The outcome of a build: what was indexed, what was skipped and why, and how long it took.</summary>
public sealed record BuildSummary(
    int Indexed,
    int DocumentCount,
    IReadOnlyList<IngestionProblem> Problems,
    TimeSpan Elapsed,
    long Generation)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Indexed / Elapsed.TotalSeconds : 0;
}
