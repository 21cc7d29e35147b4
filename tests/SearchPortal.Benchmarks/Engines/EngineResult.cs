namespace SearchPortal.Benchmarks.Engines;

/// <summary>What a search returned, reduced to what the report checks: totals, hits with snippets, facet dimensions and values.</summary>
internal sealed record EngineResult(int Total, IReadOnlyList<string> HitIds, int HitsWithSnippets, int FacetDimensions, int FacetValues);
