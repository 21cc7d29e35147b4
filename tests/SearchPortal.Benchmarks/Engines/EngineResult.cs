namespace SearchPortal.Benchmarks.Engines;

/// <summary>What a search returned, reduced to what the report checks: total, hits, hits with snippets and facet dimensions.</summary>
internal sealed record EngineResult(int Total, IReadOnlyList<string> HitIds, int HitsWithSnippets, int FacetDimensions);
