namespace SearchPortal.Core.Facets;

/// <summary>
/// Fills <see cref="OrdinalPostings"/> in one pass over a column (documents in ascending order),
/// sizing every list from the column's document frequencies. One instance per build; not thread-safe.
/// </summary>
internal sealed class OrdinalPostingsBuilder
{
    private readonly int[] starts;
    private readonly int[] next;
    private readonly int[] docs;

    public OrdinalPostingsBuilder(int[] docFreq, int maxDocFreq)
    {
        starts = new int[docFreq.Length + 1];
        for (var slot = 0; slot < docFreq.Length; slot++)
        {
            var kept = slot > 0 && docFreq[slot] <= maxDocFreq ? docFreq[slot] : 0;
            starts[slot + 1] = starts[slot] + kept;
        }
        next = starts[..^1];
        docs = new int[starts[^1]];
    }

    public void Add(int slot, int doc)
    {
        if (next[slot] < starts[slot + 1]) docs[next[slot]++] = doc;
    }

    public OrdinalPostings Build() => new(starts, docs);
}
