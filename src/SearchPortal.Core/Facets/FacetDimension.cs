namespace SearchPortal.Core.Facets;

/// <summary>One facet dimension: its public name (used in URLs and JSON) and whether its values are paths.</summary>
public sealed record FacetDimension(string Name, bool Hierarchical);
