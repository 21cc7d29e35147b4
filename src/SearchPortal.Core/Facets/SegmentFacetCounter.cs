namespace SearchPortal.Core.Facets;

/// <summary>
/// Applies the drill-sideways rule to the documents of one segment and counts their values in slots
/// (segment ordinal + 1) from the cached <see cref="OrdinalColumn"/>s. One instance per segment per search;
/// not thread-safe (it buffers documents).
/// </summary>
/// <remarks>
/// A document failing no restricted dimension is a hit and counts in every dimension; failing exactly
/// one, it counts only in that dimension (whose counts ignore its own selection); failing two or more,
/// it counts nowhere. Only dimensions marked as walked are counted here (the others are not wanted, or are
/// counted without visiting documents). Documents are buffered and counted a batch per dimension at a
/// time, which keeps the inner loops to array reads and increments.
/// </remarks>
internal sealed class SegmentFacetCounter
{
    private const int BatchSize = 256;

    private readonly OrdinalColumn?[] columns;
    private readonly bool[]?[] accepted;
    private readonly int[] restricted;
    private readonly bool[] walked;
    private readonly bool anyWalked;
    private readonly int[]?[] counts;
    private readonly int[] hits = new int[BatchSize];
    private readonly int[]?[] failures;
    private readonly int[] failureLengths;
    private int hitLength;

    /// <summary>
    /// Prepares one segment: <paramref name="columns"/> must be set for every restricted or walked dimension,
    /// <paramref name="accepted"/> (by slot) for every restricted one.
    /// </summary>
    public SegmentFacetCounter(OrdinalColumn?[] columns, bool[]?[] accepted, bool[] walked)
    {
        this.columns = columns;
        this.accepted = accepted;
        this.walked = walked;
        anyWalked = walked.Contains(true);
        restricted = Enumerable.Range(0, accepted.Length).Where(d => accepted[d] is not null).ToArray();
        counts = columns.Select((c, d) => walked[d] ? new int[c!.Slots] : null).ToArray();
        failures = accepted.Select((a, d) => a is not null && walked[d] ? new int[BatchSize] : null).ToArray();
        failureLengths = new int[accepted.Length];
    }

    /// <summary>Counts one document of the base query's matches; returns true when it is a hit.</summary>
    public bool Process(int doc)
    {
        var failed = -1;
        foreach (var d in restricted)
        {
            if (columns[d]!.Matches(doc, accepted[d]!)) continue;
            if (failed >= 0) return false;
            failed = d;
        }
        if (failed >= 0)
        {
            if (failures[failed] is { } buffer)
            {
                buffer[failureLengths[failed]++] = doc;
                if (failureLengths[failed] == BatchSize) FlushFailures(failed);
            }
            return false;
        }
        if (anyWalked)
        {
            hits[hitLength++] = doc;
            if (hitLength == BatchSize) FlushHits();
        }
        return true;
    }

    /// <summary>The slot counts of the walked dimensions (null for the others), once every document is processed.</summary>
    public int[]?[] Finish()
    {
        FlushHits();
        for (var d = 0; d < failures.Length; d++) FlushFailures(d);
        return counts;
    }

    private void FlushHits()
    {
        for (var d = 0; d < walked.Length; d++)
        {
            if (walked[d]) columns[d]!.Count(hits.AsSpan(0, hitLength), counts[d]!);
        }
        hitLength = 0;
    }

    private void FlushFailures(int d)
    {
        if (failures[d] is not { } buffer) return;
        columns[d]!.Count(buffer.AsSpan(0, failureLengths[d]), counts[d]!);
        failureLengths[d] = 0;
    }
}
