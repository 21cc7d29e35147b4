using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Search;

/// <summary>
/// One tagged dimension of a hit (region, crime type or group): the values the article is about and every value it
/// mentions (the focus included), as the dimension's facet filters them under <see cref="FacetMatch.About"/> and
/// <see cref="FacetMatch.Mentions"/>. Immutable.
/// </summary>
public sealed record HitTags(FacetDimension Dimension, IReadOnlyList<string> About, IReadOnlyList<string> Mentions)
{
    /// <summary>The values under <paramref name="match"/>.</summary>
    public IReadOnlyList<string> For(FacetMatch match) => match == FacetMatch.Mentions ? Mentions : About;

    /// <summary>
    /// What the article mentions beyond its focus, for listing after it: the mentions that are neither a focus value
    /// nor, for a hierarchical dimension, a level above one ("Peru" when the article is about "Peru/Loreto").
    /// </summary>
    public IReadOnlyList<string> MentionedOnly() =>
        [.. Mentions.Where(m => !About.Any(a => a == m || (Dimension.Hierarchical && a.StartsWith(m + FacetSchema.PathSeparator, StringComparison.Ordinal))))];
}
