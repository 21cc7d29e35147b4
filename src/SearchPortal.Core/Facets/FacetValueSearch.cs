using Lucene.Net.Search;
using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Finds the values of one dimension by what a user starts typing, for a search box inside a facet:
/// "cus" finds "Cusco", "madre" and "Madré" find "Madre de Dios". Stateless and thread-safe.
/// </summary>
public static class FacetValueSearch
{
    /// <summary>
    /// Values of <paramref name="dimension"/> whose label, or for regions any path segment, starts with
    /// <paramref name="prefix"/> ignoring case and accents, with their drill-sideways counts over
    /// <paramref name="query"/> (null: all documents) and <paramref name="selection"/> (null: none).
    /// Values with no matching document are left out; at most <paramref name="limit"/>, best counted first.
    /// </summary>
    public static IReadOnlyList<FacetValue> Search(
        IndexSearcher searcher, Query? query, FacetDimension dimension, string prefix, int limit, FacetSelection? selection = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var state = FacetReaderCache.For(searcher.IndexReader);
        selection ??= FacetSelection.Empty;
        var d = FacetReaderState.IndexOf(dimension);
        var counts = FacetCounter.Count(searcher, query ?? new MatchAllDocsQuery(), state, selection, hits: null, counted: [dimension]);
        var table = state.TablesFor(selection.Match)[d];
        var folded = Folding.Fold(prefix.Trim());
        var merged = table.Canonical is { } canonical ? SpellingGroups.Merge(canonical, counts[d], new bool[table.Count]).Counts : counts[d];
        var found = Enumerable.Range(0, table.Count)
            .Where(o => table.Canonical is null || table.Canonical[o] == o)
            .Where(o => merged[o] > 0 && table.FoldedSegments[o].Any(s => s.StartsWith(folded, StringComparison.Ordinal)))
            .Select(o => new FacetValue(table.Values[o], table.Labels[o], merged[o], []))
            .ToList();
        found.Sort(FacetResultBuilder.Compare);
        return found.Take(limit).ToList();
    }
}
