namespace SearchPortal.Core.Facets;

/// <summary>
/// One counted facet value. <see cref="Value"/> is what a filter selects ("Peru/Madre de Dios"),
/// <see cref="Label"/> what a UI shows ("Madre de Dios"). <see cref="Children"/> holds the next
/// hierarchy level (already counted and trimmed to top N); it is empty for flat dimensions and leaves.
/// </summary>
public sealed record FacetValue(string Value, string Label, int Count, IReadOnlyList<FacetValue> Children);
