using Lucene.Net.Util;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Per facet field, the documents per slot among one segment's live documents: the column's document
/// frequencies minus the deleted documents' values. One instance per set of live docs (a segment reader
/// with deletions), so browsing counts without visiting any document. Thread-safe: built once under a lock.
/// </summary>
internal sealed class SegmentLiveCounts
{
    private readonly int[]?[] counts = new int[]?[FacetSchema.Fields.Count];
    private readonly Lock gate = new();
    private int[]? deletedDocs;

    public int[] For(int field, OrdinalColumn column, IBits liveDocs)
    {
        var cached = Volatile.Read(ref counts[field]);
        if (cached is not null) return cached;
        lock (gate)
        {
            if (counts[field] is { } built) return built;
            deletedDocs ??= DeletedDocs(liveDocs);
            var deleted = new int[column.Slots];
            column.Count(deletedDocs, deleted);
            var live = (int[])column.DocFreq.Clone();
            for (var slot = 0; slot < live.Length; slot++) live[slot] -= deleted[slot];
            return counts[field] = live;
        }
    }

    private static int[] DeletedDocs(IBits liveDocs)
    {
        var deleted = new List<int>();
        for (var doc = 0; doc < liveDocs.Length; doc++)
        {
            if (!liveDocs.Get(doc)) deleted.Add(doc);
        }
        return deleted.ToArray();
    }
}
