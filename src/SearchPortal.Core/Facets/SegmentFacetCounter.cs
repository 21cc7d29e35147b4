using Lucene.Net.Index;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Applies the drill-sideways rule to the documents of one segment and counts their values in
/// segment ordinals. One instance per segment per search; not thread-safe (it holds doc-values iterators).
/// </summary>
/// <remarks>
/// A document failing no restricted dimension is a hit and counts in every dimension; failing exactly
/// one, it counts only in that dimension (whose counts ignore its own selection); failing two or more,
/// it counts nowhere. Counting in segment ordinals and mapping to global ordinals once per segment
/// keeps the per-document work to array increments.
/// </remarks>
internal sealed class SegmentFacetCounter
{
    private readonly SortedSetDocValues?[] docValues;
    private readonly bool[]?[] accepted;
    private readonly int[] restricted;
    private readonly int[][] counts;
    private readonly int[][] buffers;
    private readonly int[] bufferLengths;
    private readonly int[]?[] segmentToGlobal;
    private readonly bool[] counted;

    /// <summary>Prepares one segment; <paramref name="counted"/> says per dimension whether to count it (filters apply either way).</summary>
    public SegmentFacetCounter(AtomicReaderContext leaf, FacetReaderState state, IReadOnlyList<DimensionFilter?> filters, bool[] counted)
    {
        this.counted = counted;
        var tables = state.Tables;
        segmentToGlobal = tables.Select(t => t.SegmentToGlobal[leaf.Ord]).ToArray();
        docValues = tables.Select(t => leaf.AtomicReader.GetSortedSetDocValues(t.Dimension.Field)).ToArray();
        accepted = filters.Select((f, d) => f?.ForSegment(segmentToGlobal[d])).ToArray();
        restricted = Enumerable.Range(0, tables.Count).Where(d => accepted[d] is not null).ToArray();
        counts = segmentToGlobal.Select(map => new int[map?.Length ?? 0]).ToArray();
        buffers = tables.Select(_ => new int[8]).ToArray();
        bufferLengths = new int[tables.Count];
    }

    /// <summary>Counts one document of the base query's matches; returns true when it is a hit.</summary>
    public bool Process(int doc)
    {
        var failed = -1;
        foreach (var d in restricted)
        {
            if (LoadAndMatch(d, doc)) continue;
            if (failed >= 0) return false;
            failed = d;
        }
        if (failed >= 0)
        {
            if (counted[failed]) CountBuffered(failed);
            return false;
        }
        for (var d = 0; d < docValues.Length; d++)
        {
            if (!counted[d]) continue;
            if (accepted[d] is null) CountDirect(d, doc);
            else CountBuffered(d);
        }
        return true;
    }

    /// <summary>Adds this segment's counts to the global-ordinal counts.</summary>
    public void AddTo(int[][] globalCounts)
    {
        for (var d = 0; d < counts.Length; d++)
        {
            var segmentCounts = counts[d];
            for (var ord = 0; ord < segmentCounts.Length; ord++)
            {
                if (segmentCounts[ord] != 0) globalCounts[d][segmentToGlobal[d]![ord]] += segmentCounts[ord];
            }
        }
    }

    private bool LoadAndMatch(int d, int doc)
    {
        var length = 0;
        var matches = false;
        var values = docValues[d];
        if (values is not null)
        {
            var acceptedOrds = accepted[d]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (length == buffers[d].Length) Array.Resize(ref buffers[d], length * 2);
                buffers[d][length++] = (int)ord;
                matches |= acceptedOrds[ord];
            }
        }
        bufferLengths[d] = length;
        return matches;
    }

    private void CountBuffered(int d)
    {
        var buffer = buffers[d];
        var dimensionCounts = counts[d];
        for (var i = 0; i < bufferLengths[d]; i++) dimensionCounts[buffer[i]]++;
    }

    private void CountDirect(int d, int doc)
    {
        var values = docValues[d];
        if (values is null) return;
        var dimensionCounts = counts[d];
        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) dimensionCounts[ord]++;
    }
}
