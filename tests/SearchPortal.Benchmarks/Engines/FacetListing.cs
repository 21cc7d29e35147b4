using SearchPortal.Benchmarks.Workload;
using SearchPortal.Core.Facets;

namespace SearchPortal.Benchmarks.Engines;

/// <summary>
/// Lists facet values the way the portal's search response does, from plain counts: per level the values with a
/// count or selected, by count descending, then label and value (ordinal), the top N of them plus any selected one,
/// a region's children nested under it; flattened parents first into "value=count". Lucene Java counts every value
/// (each region level is a value of its own, as in the portal's index), and this turns its counts into the list the
/// portal would show for them.
/// </summary>
internal static class FacetListing
{
    public const int TopN = 10;

    /// <summary>The listing of one dimension given every value's count (zero counts may be absent).</summary>
    public static IReadOnlyList<string> FromCounts(string dimensionName, IReadOnlyDictionary<string, int> counts, IReadOnlyList<FacetFilter> filters)
    {
        var dimension = FacetSchema.Find(dimensionName) ?? throw new ArgumentException($"unknown dimension {dimensionName}");
        var forced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var filter in filters.Where(f => f.Dimension == dimension.Name))
        {
            for (var value = filter.Value; value.Length > 0; value = Parent(dimension, value)) forced.Add(value);
        }
        var values = counts.Where(c => c.Value > 0).Select(c => c.Key).Union(forced).ToArray();
        var children = values.ToLookup(v => Parent(dimension, v), StringComparer.Ordinal);
        var listing = new List<string>();
        Level(dimension, children[""], children, counts, forced, listing);
        return listing;
    }

    /// <summary>The portal's own facet values, flattened the same way.</summary>
    public static IReadOnlyList<string> Flatten(IReadOnlyList<FacetValue> values)
    {
        var listing = new List<string>();
        Flatten(values, listing);
        return listing;
    }

    private static void Flatten(IReadOnlyList<FacetValue> values, List<string> listing)
    {
        foreach (var value in values)
        {
            listing.Add($"{value.Value}={value.Count}");
            Flatten(value.Children, listing);
        }
    }

    private static void Level(FacetDimension dimension, IEnumerable<string> level, ILookup<string, string> children, IReadOnlyDictionary<string, int> counts,
        HashSet<string> forced, List<string> listing)
    {
        var ranked = level
            .Select(v => (Value: v, Label: FacetSchema.LabelFor(dimension, v), Count: counts.GetValueOrDefault(v)))
            .Where(v => v.Count > 0 || forced.Contains(v.Value))
            .OrderByDescending(v => v.Count)
            .ThenBy(v => v.Label, StringComparer.Ordinal)
            .ThenBy(v => v.Value, StringComparer.Ordinal)
            .Where((v, rank) => rank < TopN || forced.Contains(v.Value));
        foreach (var (value, _, count) in ranked)
        {
            listing.Add($"{value}={count}");
            if (dimension.Hierarchical) Level(dimension, children[value], children, counts, forced, listing);
        }
    }

    private static string Parent(FacetDimension dimension, string value)
    {
        if (!dimension.Hierarchical) return "";
        var cut = value.LastIndexOf(FacetSchema.PathSeparator);
        return cut < 0 ? "" : value[..cut];
    }
}
