using Lucene.Net.Search;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Runs a search with facet filters and drill-sideways facet counts in one pass over the base query's
/// matches. Stateless and thread-safe: per-reader state comes from <see cref="FacetReaderCache"/>, which
/// concurrent searches on the same reader share.
/// </summary>
/// <remarks>
/// Drill-sideways: each dimension is counted as if its own selection were absent, so ticking Piura still
/// shows how many hits Tacna would add. Lucene.Net.Facet is not available; this works on core
/// <c>SortedSetDocValues</c> written by <see cref="FacetFields"/>.
/// </remarks>
public static class FacetedSearch
{
    /// <summary>
    /// Feeds <paramref name="hitsCollector"/> (may be null) exactly the documents that match
    /// <paramref name="baseQuery"/> (null: all documents) and every filter of <paramref name="selection"/>,
    /// with the base query's scores, and returns the top <paramref name="topN"/> values per dimension, keyed
    /// by dimension name in <see cref="FacetSchema.All"/> order. Selected values are always listed. Tagged dimensions
    /// are filtered and counted by focus or by mentions, as the selection's <see cref="FacetSelection.Match"/> says.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Run(
        IndexSearcher searcher, Query? baseQuery, FacetSelection selection, ICollector? hitsCollector, int topN)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(topN);
        var state = FacetReaderCache.For(searcher.IndexReader);
        var counts = FacetCounter.Count(searcher, baseQuery ?? new MatchAllDocsQuery(), state, selection, hitsCollector);
        var results = new OrderedDictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        var tables = state.TablesFor(selection.Match);
        for (var d = 0; d < tables.Count; d++)
        {
            var table = tables[d];
            results.Add(table.Dimension.Name, new FacetResultBuilder(table, counts[d], selection.ValuesOf(table.Dimension).Select(v => v.Value), topN).Build());
        }
        return results;
    }

    /// <summary>Feeds <paramref name="hits"/> the documents that match <paramref name="baseQuery"/> and every filter of <paramref name="selection"/>; counts no facet.</summary>
    public static void Collect(IndexSearcher searcher, Query baseQuery, FacetSelection selection, ICollector hits) =>
        FacetCounter.Count(searcher, baseQuery, FacetReaderCache.For(searcher.IndexReader), selection, hits, counted: []);

    /// <summary>How many documents match <paramref name="baseQuery"/> and every filter of <paramref name="selection"/>; counts no facet.</summary>
    public static int Count(IndexSearcher searcher, Query baseQuery, FacetSelection selection)
    {
        var hits = new TotalHitCountCollector();
        FacetCounter.Count(searcher, baseQuery, FacetReaderCache.For(searcher.IndexReader), selection, hits, counted: []);
        return hits.TotalHits;
    }
}
