namespace SearchPortal.Core.Facets;

/// <summary>
/// One facet dimension: its public name (used in JSON, the facets endpoint and "dim=value" filters), whether its
/// values are paths, the URL parameter that filters on it, and the doc-values fields that hold its values: one for
/// what articles are about and, for tagged dimensions, one for everything they mention. Immutable, therefore
/// thread-safe.
/// </summary>
public sealed record FacetDimension(string Name, bool Hierarchical)
{
    /// <summary>The search URL's parameter for the dimension's values ("lang" for language); the name by default.</summary>
    public string Parameter { get; init; } = Name;

    /// <summary>Whether articles also carry the values they merely mention, searched with <see cref="FacetMatch.Mentions"/>.</summary>
    public bool HasMentions { get; init; }

    /// <summary>
    /// Values that differ only in case, accents, spaces or punctuation ("El Universal", "EL UNIVERSAL"; "El País",
    /// "El Pais") are one value: counted together, selected together, listed under their best spelling.
    /// </summary>
    public bool MergesSpellings { get; init; }

    /// <summary>The <c>SortedSetDocValues</c> field of this dimension's (focus) values, e.g. "$facet.region".</summary>
    public string Field => FacetSchema.FieldPrefix + Name;

    /// <summary>
    /// The field <paramref name="match"/> reads: "$facet.region.mentions" for mentions of a dimension that has them,
    /// else <see cref="Field"/>.
    /// </summary>
    public string FieldFor(FacetMatch match) =>
        match == FacetMatch.Mentions && HasMentions ? Field + FacetSchema.MentionsSuffix : Field;

    /// <summary>The public name, as messages word a dimension.</summary>
    public override string ToString() => Name;
}
