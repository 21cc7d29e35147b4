using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Core.Facets;

/// <summary>
/// For selections of rare values: the documents of one segment a faceted search must visit, read from the
/// <see cref="OrdinalPostings"/> of the cheapest restricted dimensions, so it need not walk every match of
/// the base query. Stateless, therefore thread-safe.
/// </summary>
/// <remarks>
/// A visited document is a hit or fails exactly one restricted dimension that is counted by the walk
/// (see <see cref="SegmentFacetCounter"/>). So it passes every restricted dimension that is not counted by
/// the walk, and at least one of any two restricted dimensions: either dimension's documents alone, or the
/// union of two dimensions' documents, contains every document that matters.
/// </remarks>
internal static class CandidateDocs
{
    /// <summary>Advancing the base scorer to a candidate costs about this many steps of walking it.</summary>
    private const int AdvanceCost = 4;

    /// <summary>The candidates as a bit set over the segment, or null when walking the base query is cheaper.</summary>
    public static long[]? Find(SegmentFacetData data, AtomicReader reader, OrdinalColumn?[] columns, bool[]?[] accepted, bool[] walked, long baseCost)
    {
        var maxDocFreq = SegmentFacetData.PostingsMaxDocFreq(reader.MaxDoc);
        var usable = Enumerable.Range(0, accepted.Length)
            .Where(d => accepted[d] is not null)
            .Select(d => (Dimension: d, Cost: Estimate(columns[d]!, accepted[d]!, maxDocFreq)))
            .Where(r => r.Cost >= 0)
            .OrderBy(r => r.Cost)
            .ToList();
        var single = usable.Where(r => !walked[r.Dimension]).Take(1).ToList();
        var pair = usable.Count >= 2 ? usable.Take(2).ToList() : [];
        var chosen = new[] { single, pair }.Where(c => c.Count > 0).MinBy(c => c.Sum(r => r.Cost));
        if (chosen is null || chosen.Sum(r => r.Cost) * AdvanceCost > baseCost) return null;
        var bits = new long[(reader.MaxDoc + 63) >> 6];
        foreach (var (d, _) in chosen)
        {
            var postings = data.Postings(d, reader);
            var acceptedSlots = accepted[d]!;
            for (var slot = 1; slot < acceptedSlots.Length; slot++)
            {
                if (!acceptedSlots[slot]) continue;
                foreach (var doc in postings.Docs(slot)) bits[doc >> 6] |= 1L << doc;
            }
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

    /// <summary>Documents of the accepted slots (an upper bound when multi-valued), or -1 when one of them has no postings.</summary>
    private static long Estimate(OrdinalColumn column, bool[] accepted, int maxDocFreq)
    {
        var total = 0L;
        for (var slot = 1; slot < accepted.Length; slot++)
        {
            if (!accepted[slot]) continue;
            if (column.DocFreq[slot] > maxDocFreq) return -1;
            total += column.DocFreq[slot];
        }
        return total;
    }
}
