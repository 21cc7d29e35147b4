using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Core.Facets;

/// <summary>
/// One pass over the base query's matches that feeds the hits collector and computes drill-sideways
/// counts for every dimension at once, from the per-segment arrays of <see cref="SegmentFacetCache"/>.
/// Stateless, therefore thread-safe.
/// </summary>
/// <remarks>
/// Shortcuts, per segment: with a <see cref="MatchAllDocsQuery"/> base, a dimension no other dimension
/// restricts counts every live document, so its counts come from cached live counts without visiting any
/// document (browsing visits documents only to feed the collector); with rare selected values, only the
/// documents of those values are visited (<see cref="CandidateDocs"/>). Results equal the plain walk's.
/// </remarks>
internal static class FacetCounter
{
    /// <summary>
    /// Counts per dimension (in <see cref="FacetSchema.All"/> order), indexed by the global ordinals of the table the
    /// dimension reads under the selection's <see cref="FacetSelection.Match"/> (<see cref="FacetReaderState.TablesFor"/>);
    /// only the dimensions in <paramref name="counted"/> are counted when given (the others stay zero; empty:
    /// none, for callers that only want the filtered hits).
    /// <paramref name="shortcuts"/> false walks every match, the reference the shortcuts are tested against.
    /// </summary>
    public static int[][] Count(
        IndexSearcher searcher, Query baseQuery, FacetReaderState state, FacetSelection selection, ICollector? hits,
        IReadOnlyCollection<FacetDimension>? counted = null, bool shortcuts = true)
    {
        var tables = state.TablesFor(selection.Match);
        var dimensions = tables.Count;
        var fields = tables.Select(t => t.FieldIndex).ToArray();
        var isCounted = tables.Select(t => counted is null || counted.Contains(t.Dimension)).ToArray();
        var filters = tables.Select(t => DimensionFilter.Compile(t, selection)).ToArray();
        var restricted = Enumerable.Range(0, dimensions).Where(d => filters[d] is not null).ToArray();
        var matchAll = shortcuts && baseQuery is MatchAllDocsQuery;
        var fromLiveCounts = Enumerable.Range(0, dimensions).Select(d => matchAll && isCounted[d] && restricted.All(r => r == d)).ToArray();
        var walked = Enumerable.Range(0, dimensions).Select(d => isCounted[d] && !fromLiveCounts[d]).ToArray();
        var counts = tables.Select(t => new int[t.Count]).ToArray();
        var weight = searcher.CreateNormalizedWeight(baseQuery);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var data = SegmentFacetCache.For(reader);
            var maps = tables.Select(t => t.SegmentToGlobal[leaf.Ord]).ToArray();
            for (var d = 0; d < dimensions; d++)
            {
                if (fromLiveCounts[d]) AddTo(counts[d], data.LiveCounts(fields[d], reader), maps[d]);
            }
            if (hits is null && !walked.Contains(true)) continue;
            var scorer = weight.GetScorer(leaf, reader.LiveDocs);
            if (scorer is null) continue;
            var columns = Enumerable.Range(0, dimensions)
                .Select(d => walked[d] || filters[d] is not null ? data.Column(fields[d], reader) : null)
                .ToArray();
            var accepted = filters.Select((f, d) => f?.ForSegment(maps[d])).ToArray();
            var segment = new SegmentFacetCounter(columns, accepted, walked);
            if (hits is not null)
            {
                hits.SetNextReader(leaf);
                // Collectors read the score from the scorer handed to SetScorer, once per segment and
                // after SetNextReader; hand them the base scorer, wrapped so they cannot advance it.
                hits.SetScorer(new HitScorer(weight, scorer));
            }
            var candidates = shortcuts ? CandidateDocs.Find(data, reader, fields, columns, accepted, walked, scorer.GetCost()) : null;
            if (candidates is not null) CandidateDocs.Visit(candidates, scorer, segment, hits);
            else Walk(scorer, segment, hits);
            var segmentCounts = segment.Finish();
            for (var d = 0; d < dimensions; d++)
            {
                if (segmentCounts[d] is { } slotCounts) AddTo(counts[d], slotCounts, maps[d]);
            }
        }
        return counts;
    }

    private static void Walk(Scorer scorer, SegmentFacetCounter segment, ICollector? hits)
    {
        int doc;
        while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            if (segment.Process(doc)) hits?.Collect(doc);
        }
    }

    /// <summary>Adds slot counts (slot = segment ordinal + 1) to global-ordinal counts.</summary>
    private static void AddTo(int[] globalCounts, int[] slotCounts, int[]? segmentToGlobal)
    {
        for (var slot = 1; slot < slotCounts.Length; slot++)
        {
            if (slotCounts[slot] != 0) globalCounts[segmentToGlobal![slot - 1]] += slotCounts[slot];
        }
    }
}
