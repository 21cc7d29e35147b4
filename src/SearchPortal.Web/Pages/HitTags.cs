using SearchPortal.Core.Facets;
using SearchPortal.Core.Search;

namespace SearchPortal.Web.Pages;

/// <summary>
/// The facet values a hit carries, per dimension, which the hit shows as tags that filter on them: the one place that
/// knows which hit field holds which dimension's values, so a new dimension becomes tags on every hit with one entry
/// here. Dimensions without an entry (year, outlet, language: shown in the hit's line of facts) give no tags. Static
/// and immutable, therefore thread-safe.
/// </summary>
public static class HitTags
{
    private static readonly Dictionary<FacetDimension, Func<SearchHit, IReadOnlyList<string>>> Values = new()
    {
        [FacetSchema.Crime] = hit => hit.CrimeTypes,
        [FacetSchema.Region] = hit => hit.Regions,
    };

    /// <summary>The hit's tags, dimension by dimension in <see cref="FacetSchema.All"/> order.</summary>
    public static IEnumerable<(FacetDimension Dimension, string Value)> Of(SearchHit hit) =>
        FacetSchema.All.Where(Values.ContainsKey).SelectMany(d => Values[d](hit).Select(v => (d, v)));
}
