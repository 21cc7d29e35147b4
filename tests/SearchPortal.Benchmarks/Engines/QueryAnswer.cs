namespace SearchPortal.Benchmarks.Engines;

/// <summary>
/// One engine's full answer to a mix query, for checking that two engines agree: the total, the top-10 ids, and per
/// facet dimension the values listed as the portal lists them ("value=count", top 10 per level, parents before
/// their children, selected values always), so two answers agree when the lists are equal.
/// </summary>
internal sealed record QueryAnswer(int Total, IReadOnlyList<string> HitIds, IReadOnlyDictionary<string, IReadOnlyList<string>> Facets);
