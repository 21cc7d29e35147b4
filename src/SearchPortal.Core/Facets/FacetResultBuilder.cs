namespace SearchPortal.Core.Facets;

/// <summary>
/// Turns one dimension's global-ordinal counts into <see cref="FacetValue"/> lists: top N by count
/// descending then label ascending (ordinal comparison, so culture-independent), zero counts left out
/// except selected values and their ancestors, children nested for hierarchical dimensions.
/// One instance per dimension per search; not thread-safe.
/// </summary>
internal sealed class FacetResultBuilder
{
    private readonly FacetDimensionTable table;
    private readonly int[] counts;
    private readonly bool[] forced;
    private readonly int topN;

    public FacetResultBuilder(FacetDimensionTable table, int[] counts, IEnumerable<string> selectedValues, int topN)
    {
        this.table = table;
        this.counts = counts;
        this.topN = topN;
        forced = new bool[table.Count];
        foreach (var value in selectedValues)
        {
            for (var ord = table.OrdOf(value); ord >= 0 && !forced[ord]; ord = table.Parents[ord]) forced[ord] = true;
        }
        if (table.Canonical is { } canonical) (this.counts, forced) = SpellingGroups.Merge(canonical, counts, forced);
    }

    public IReadOnlyList<FacetValue> Build() =>
        Level(table.Dimension.Hierarchical ? table.Roots : Enumerable.Range(0, table.Count).Where(o => table.Canonical is null || table.Canonical[o] == o));

    /// <summary>Sort order of facet values: count descending, then label, then value (both ordinal).</summary>
    public static int Compare(FacetValue x, FacetValue y)
    {
        var byCount = y.Count.CompareTo(x.Count);
        if (byCount != 0) return byCount;
        var byLabel = string.CompareOrdinal(x.Label, y.Label);
        return byLabel != 0 ? byLabel : string.CompareOrdinal(x.Value, y.Value);
    }

    private List<FacetValue> Level(IEnumerable<int> ords)
    {
        var ranked = ords
            .Where(o => counts[o] > 0 || forced[o])
            .Select(o => (Ord: o, Value: new FacetValue(table.Values[o], table.Labels[o], counts[o], [])))
            .ToList();
        ranked.Sort((a, b) => Compare(a.Value, b.Value));
        return ranked
            .Where((r, rank) => rank < topN || forced[r.Ord])
            .Select(r => table.Dimension.Hierarchical ? r.Value with { Children = Level(table.Children[r.Ord]) } : r.Value)
            .ToList();
    }
}
