using System.Numerics;

namespace SearchPortal.Core.Facets;

/// <summary>
/// An <see cref="OrdinalColumn"/> for a segment where no document has more than one value: one slot per
/// document, in the narrowest integer type that holds the segment's slots (a byte for up to 255 values).
/// Immutable, therefore thread-safe.
/// </summary>
internal sealed class SingleValuedColumn<T>(T[] slots, int[] docFreq) : OrdinalColumn(docFreq)
    where T : unmanaged, IBinaryInteger<T>
{
    public override bool Matches(int doc, bool[] accepted) => accepted[int.CreateTruncating(slots[doc])];

    public override int CheckCost => 1;

    public override void Mark(bool[] accepted, long[] bits)
    {
        for (var doc = 0; doc < slots.Length; doc++)
        {
            bits[doc >> 6] |= (long)Convert.ToByte(accepted[int.CreateTruncating(slots[doc])]) << doc;
        }
    }

    public override void Count(ReadOnlySpan<int> docs, int[] counts)
    {
        foreach (var doc in docs) counts[int.CreateTruncating(slots[doc])]++;
    }

    public override OrdinalPostings BuildPostings(int maxDocFreq)
    {
        var builder = new OrdinalPostingsBuilder(DocFreq, maxDocFreq);
        for (var doc = 0; doc < slots.Length; doc++) builder.Add(int.CreateTruncating(slots[doc]), doc);
        return builder.Build();
    }
}
