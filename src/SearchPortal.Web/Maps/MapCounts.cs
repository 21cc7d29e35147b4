using SearchPortal.Core.Facets;

namespace SearchPortal.Web.Maps;

/// <summary>
/// The map's counts, read from a search's region facet (its tree flattened: every value at every level with its
/// count), never counted separately: the map then follows whatever rules the facet follows (drill sideways, the
/// scope of a partner, which tags count). Stateless.
/// </summary>
public static class MapCounts
{
    /// <summary>Articles per region facet value in <paramref name="facets"/>; empty when the search has no region facet.</summary>
    public static IReadOnlyDictionary<string, int> From(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> facets)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (facets.TryGetValue(FacetSchema.Region.Name, out var roots)) Add(roots, counts);
        return counts;
    }

    private static void Add(IReadOnlyList<FacetValue> values, Dictionary<string, int> counts)
    {
        foreach (var value in values)
        {
            counts[value.Value] = value.Count;
            Add(value.Children, counts);
        }
    }
}
