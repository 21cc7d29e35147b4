using System.Numerics;

namespace SearchPortal.Core.Facets;

/// <summary>
/// An <see cref="OrdinalColumn"/> for a segment where documents may have several values, in compressed
/// sparse row form: the slots of document d are <c>values[offsets[d]..offsets[d + 1]]</c>, ascending.
/// Values use the narrowest integer type that holds the segment's slots. Immutable, therefore thread-safe.
/// </summary>
internal sealed class MultiValuedColumn<T>(int[] offsets, T[] values, int[] docFreq) : OrdinalColumn(docFreq)
    where T : unmanaged, IBinaryInteger<T>
{
    public override bool Matches(int doc, bool[] accepted)
    {
        for (var i = offsets[doc]; i < offsets[doc + 1]; i++)
        {
            if (accepted[int.CreateTruncating(values[i])]) return true;
        }
        return false;
    }

    public override int CheckCost => Math.Max(1, (values.Length + offsets.Length - 2) / Math.Max(1, offsets.Length - 1));

    public override void Mark(bool[] accepted, long[] bits)
    {
        for (var doc = 0; doc < offsets.Length - 1; doc++)
        {
            var matches = false;
            for (var i = offsets[doc]; i < offsets[doc + 1]; i++) matches |= accepted[int.CreateTruncating(values[i])];
            bits[doc >> 6] |= (long)Convert.ToByte(matches) << doc;
        }
    }

    public override void Count(ReadOnlySpan<int> docs, int[] counts)
    {
        foreach (var doc in docs)
        {
            for (var i = offsets[doc]; i < offsets[doc + 1]; i++) counts[int.CreateTruncating(values[i])]++;
        }
    }

    public override OrdinalPostings BuildPostings(int maxDocFreq)
    {
        var builder = new OrdinalPostingsBuilder(DocFreq, maxDocFreq);
        for (var doc = 0; doc < offsets.Length - 1; doc++)
        {
            for (var i = offsets[doc]; i < offsets[doc + 1]; i++) builder.Add(int.CreateTruncating(values[i]), doc);
        }
        return builder.Build();
    }
}
