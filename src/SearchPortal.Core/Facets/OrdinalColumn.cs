namespace SearchPortal.Core.Facets;

/// <summary>
/// One dimension's values in one segment as plain arrays of slots, read once from the segment's
/// <c>SortedSetDocValues</c> so counting needs no doc-values decoding. Slot = segment ordinal + 1;
/// slot 0 means "no value". Built by <see cref="OrdinalColumnBuilder"/>, immutable afterwards,
/// therefore shared by concurrent searches without locks.
/// </summary>
internal abstract class OrdinalColumn
{
    protected OrdinalColumn(int[] docFreq) => DocFreq = docFreq;

    /// <summary>Number of slots: the segment's value count plus the "no value" slot 0.</summary>
    public int Slots => DocFreq.Length;

    /// <summary>Documents per slot over the whole segment, deleted ones included; slot 0 is not counted.</summary>
    public int[] DocFreq { get; }

    /// <summary>Relative cost of <see cref="Matches"/>: the mean number of values per document, rounded up, at least 1.</summary>
    public abstract int CheckCost { get; }

    /// <summary>True when one of the document's slots is accepted.</summary>
    public abstract bool Matches(int doc, bool[] accepted);

    /// <summary>Sets the bit of every document that <see cref="Matches"/>, in one pass over the segment.</summary>
    public abstract void Mark(bool[] accepted, long[] bits);

    /// <summary>Adds one to the slot counts of every value of every given document.</summary>
    public abstract void Count(ReadOnlySpan<int> docs, int[] counts);

    /// <summary>The documents of each slot whose document frequency is at most <paramref name="maxDocFreq"/>.</summary>
    public abstract OrdinalPostings BuildPostings(int maxDocFreq);
}
