namespace SearchPortal.Core.Facets;

/// <summary>
/// One facet dimension: its public name (used in URLs and JSON), whether its values are paths,
/// and the doc-values field that holds its values. Immutable, therefore thread-safe.
/// </summary>
public sealed record FacetDimension(string Name, bool Hierarchical)
{
    /// <summary>The <c>SortedSetDocValues</c> field of this dimension, e.g. "$facet.region".</summary>
    public string Field => FacetSchema.FieldPrefix + Name;
}
