using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Core.Facets;

/// <summary>
/// The documents of one segment a faceted search must visit when its selection is narrower than the base
/// query, so it need not walk every match of the base query: read from the <see cref="OrdinalPostings"/> of
/// the cheapest restricted dimensions, or, for values too common for postings, from a tight scan of their
/// column, which still beats walking a broad base query. Stateless, therefore thread-safe.
/// </summary>
/// <remarks>
/// A visited document is a hit or fails exactly one restricted dimension that is counted by the walk
/// (see <see cref="SegmentFacetCounter"/>). So it passes every restricted dimension that is not counted by
/// the walk, and at least one of any two restricted dimensions: either dimension's documents alone, or the
/// union of two dimensions' documents, contains every document that matters.
/// </remarks>
internal static class CandidateDocs
{
    // Rough relative costs per document, on top of checking the filters (OrdinalColumn.CheckCost):
    // one step of walking the base scorer, and advancing it to a candidate.
    private const long WalkStep = 2;
    private const long AdvanceStep = 4;

    /// <summary>The candidates as a bit set over the segment, or null when walking the base query is cheaper.</summary>
    /// <remarks><paramref name="fields"/> gives each dimension's field in <see cref="FacetSchema.Fields"/>, whose postings it reads.</remarks>
    public static long[]? Find(SegmentFacetData data, AtomicReader reader, int[] fields, OrdinalColumn?[] columns, bool[]?[] accepted, bool[] walked, long baseCost)
    {
        var maxDocFreq = SegmentFacetData.PostingsMaxDocFreq(reader.MaxDoc);
        var checks = Enumerable.Range(0, accepted.Length).Where(d => accepted[d] is not null).Sum(d => (long)columns[d]!.CheckCost);
        var restricted = Enumerable.Range(0, accepted.Length)
            .Where(d => accepted[d] is not null)
            .Select(d => (Dimension: d, Cost: Cost(columns[d]!, accepted[d]!, maxDocFreq, reader.MaxDoc, AdvanceStep + checks)))
            .OrderBy(r => r.Cost)
            .ToList();
        var single = restricted.Where(r => !walked[r.Dimension]).Take(1).ToList();
        var pair = restricted.Count >= 2 ? restricted.Take(2).ToList() : [];
        var chosen = new[] { single, pair }.Where(c => c.Count > 0).MinBy(c => c.Sum(r => r.Cost));
        if (chosen is null || chosen.Sum(r => r.Cost) >= baseCost * (WalkStep + checks)) return null;
        var bits = new long[(reader.MaxDoc + 63) >> 6];
        foreach (var (d, _) in chosen)
        {
            if (HasPostings(columns[d]!, accepted[d]!, maxDocFreq)) MarkFromPostings(data.Postings(fields[d], reader), accepted[d]!, bits);
            else columns[d]!.Mark(accepted[d]!, bits);
        }
        return bits;
    }

    /// <summary>Feeds the candidates that the base scorer matches to the segment counter, in document order.</summary>
    public static void Visit(long[] candidates, Scorer scorer, SegmentFacetCounter segment, ICollector? hits)
    {
        var current = scorer.DocID;
        for (var word = 0; word < candidates.Length; word++)
        {
            var bits = candidates[word];
            while (bits != 0)
            {
                var doc = (word << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                if (current < doc) current = scorer.Advance(doc);
                if (current == DocIdSetIterator.NO_MORE_DOCS) return;
                if (current == doc && segment.Process(doc)) hits?.Collect(doc);
            }
        }
    }

    /// <summary>
    /// Cost of finding a dimension's documents (free from postings, else a scan of its column) and of
    /// visiting them (their count is an upper bound when multi-valued).
    /// </summary>
    private static long Cost(OrdinalColumn column, bool[] accepted, int maxDocFreq, int maxDoc, long visitCost)
    {
        var docs = 0L;
        for (var slot = 1; slot < accepted.Length; slot++)
        {
            if (accepted[slot]) docs += column.DocFreq[slot];
        }
        return docs * visitCost + (HasPostings(column, accepted, maxDocFreq) ? 0 : (long)maxDoc * column.CheckCost);
    }

    private static bool HasPostings(OrdinalColumn column, bool[] accepted, int maxDocFreq)
    {
        for (var slot = 1; slot < accepted.Length; slot++)
        {
            if (accepted[slot] && column.DocFreq[slot] > maxDocFreq) return false;
        }
        return true;
    }

    private static void MarkFromPostings(OrdinalPostings postings, bool[] accepted, long[] bits)
    {
        for (var slot = 1; slot < accepted.Length; slot++)
        {
            if (!accepted[slot]) continue;
            foreach (var doc in postings.Docs(slot)) bits[doc >> 6] |= 1L << doc;
        }
    }
}
