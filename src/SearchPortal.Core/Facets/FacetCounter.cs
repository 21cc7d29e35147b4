using Lucene.Net.Search;

namespace SearchPortal.Core.Facets;

/// <summary>
/// One pass over the base query's matches that feeds the hits collector and computes drill-sideways
/// counts for every dimension at once. Stateless, therefore thread-safe.
/// </summary>
internal static class FacetCounter
{
    /// <summary>
    /// Counts per dimension (in <see cref="FacetSchema.All"/> order), indexed by global ordinal;
    /// only <paramref name="countOnly"/> is counted when given (the others stay zero).
    /// </summary>
    public static int[][] Count(
        IndexSearcher searcher, Query baseQuery, FacetReaderState state, FacetSelection selection, ICollector? hits, FacetDimension? countOnly = null)
    {
        var counted = state.Tables.Select(t => countOnly is null || t.Dimension == countOnly).ToArray();
        var filters = state.Tables.Select(t => DimensionFilter.Compile(t, selection)).ToArray();
        var counts = state.Tables.Select(t => new int[t.Count]).ToArray();
        var weight = searcher.CreateNormalizedWeight(baseQuery);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            var segment = new SegmentFacetCounter(leaf, state, filters, counted);
            if (hits is not null)
            {
                hits.SetNextReader(leaf);
                // Collectors read the score from the scorer handed to SetScorer, once per segment and
                // after SetNextReader; hand them the base scorer, wrapped so they cannot advance it.
                hits.SetScorer(new HitScorer(weight, scorer));
            }
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (segment.Process(doc)) hits?.Collect(doc);
            }
            segment.AddTo(counts);
        }
        return counts;
    }
}
