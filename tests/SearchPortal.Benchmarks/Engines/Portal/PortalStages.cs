namespace SearchPortal.Benchmarks.Engines.Portal;

/// <summary>
/// Median milliseconds per stage of one query class: parse, Lucene match + top 10 + stored fields, highlighting
/// those 10 hits (prepare + passages + title), and the full search. The Lucene Java peer reports the same stages,
/// plus its plain top 10 with IndexSearcher's default early termination (<see cref="MatchTop10EarlyMs"/>).
/// </summary>
internal sealed record PortalStages(double ParseMs, double MatchTop10Ms, double HighlightTop10Ms, double FullSearchMs)
{
    /// <summary>The top 10 with stored fields when the searcher may skip non-competitive hits once 1,000 are counted (Lucene 8's block-max WAND); null for the portal.</summary>
    public double? MatchTop10EarlyMs { get; init; }
}
