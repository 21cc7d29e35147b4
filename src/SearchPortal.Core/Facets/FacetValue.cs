namespace SearchPortal.Core.Facets;

/// <summary>One facet value with its count; hierarchical values carry their children.</summary>
public sealed record FacetValue(string Value, string Label, int Count, IReadOnlyList<FacetValue> Children);
