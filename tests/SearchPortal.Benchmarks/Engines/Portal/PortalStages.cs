namespace SearchPortal.Benchmarks.Engines.Portal;

/// <summary>
/// Median milliseconds per stage of one query class: parse, Lucene match + top 10 + stored fields, highlighting
/// those 10 hits (prepare + passages + title), and the full search.
/// </summary>
internal sealed record PortalStages(double ParseMs, double MatchTop10Ms, double HighlightTop10Ms, double FullSearchMs);
