using System.Numerics;
using Lucene.Net.Index;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Reads one dimension of one segment out of its <c>SortedSetDocValues</c> into an <see cref="OrdinalColumn"/>:
/// single-valued when no document has two values, else compressed sparse rows, in bytes, shorts or ints
/// depending on the segment's value count. Stateless, therefore thread-safe.
/// </summary>
internal static class OrdinalColumnBuilder
{
    public static OrdinalColumn Build(AtomicReader reader, string field)
    {
        var maxDoc = reader.MaxDoc;
        var docValues = reader.GetSortedSetDocValues(field);
        var docFreq = new int[checked((int)(docValues?.ValueCount ?? 0) + 1)];
        var offsets = new int[maxDoc + 1];
        var values = new int[Math.Max(maxDoc, 16)];
        var length = 0;
        var multiValued = false;
        for (var doc = 0; doc < maxDoc && docValues is not null; doc++)
        {
            docValues.SetDocument(doc);
            long ord;
            while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (length == values.Length) Array.Resize(ref values, length * 2);
                values[length++] = (int)ord + 1;
                docFreq[ord + 1]++;
            }
            offsets[doc + 1] = length;
            multiValued |= length - offsets[doc] > 1;
        }
        return docFreq.Length switch
        {
            <= byte.MaxValue + 1 => Create<byte>(multiValued, offsets, values, length, docFreq),
            <= ushort.MaxValue + 1 => Create<ushort>(multiValued, offsets, values, length, docFreq),
            _ => Create<int>(multiValued, offsets, values, length, docFreq),
        };
    }

    private static OrdinalColumn Create<T>(bool multiValued, int[] offsets, int[] values, int length, int[] docFreq)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (multiValued)
        {
            var narrowed = new T[length];
            for (var i = 0; i < length; i++) narrowed[i] = T.CreateTruncating(values[i]);
            return new MultiValuedColumn<T>(offsets, narrowed, docFreq);
        }
        var slots = new T[offsets.Length - 1];
        for (var doc = 0; doc < slots.Length; doc++)
        {
            if (offsets[doc + 1] > offsets[doc]) slots[doc] = T.CreateTruncating(values[offsets[doc]]);
        }
        return new SingleValuedColumn<T>(slots, docFreq);
    }
}
