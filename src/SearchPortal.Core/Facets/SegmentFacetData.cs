using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchPortal.Core.Facets;

/// <summary>
/// The facet arrays of one segment core, per facet field (in <see cref="FacetSchema.Fields"/> order): the
/// <see cref="OrdinalColumn"/>, built on first use; the <see cref="OrdinalPostings"/> of its rarer values,
/// built when a selection first needs them; and value counts over the live documents, per set of deletions.
/// Thread-safe: each part is built once under a lock and read lock-free afterwards.
/// </summary>
/// <remarks>
/// Holds no reader: the caller passes the segment reader it searches, so a closed reader is never kept alive.
/// </remarks>
internal sealed class SegmentFacetData
{
    /// <summary>Postings are kept for values in at most this share of a segment's documents (1/n).</summary>
    private const int RareShare = 8;

    private readonly OrdinalColumn?[] columns = new OrdinalColumn?[FacetSchema.Fields.Count];
    private readonly OrdinalPostings?[] postings = new OrdinalPostings?[FacetSchema.Fields.Count];
    private readonly ConditionalWeakTable<IBits, SegmentLiveCounts> liveCounts = new();
    private readonly Lock gate = new();

    public OrdinalColumn Column(int field, AtomicReader reader)
    {
        var column = Volatile.Read(ref columns[field]);
        if (column is not null) return column;
        lock (gate)
        {
            return columns[field] ??= OrdinalColumnBuilder.Build(reader, FacetSchema.Fields[field]);
        }
    }

    public OrdinalPostings Postings(int field, AtomicReader reader)
    {
        var built = Volatile.Read(ref postings[field]);
        if (built is not null) return built;
        var column = Column(field, reader);
        lock (gate)
        {
            return postings[field] ??= column.BuildPostings(PostingsMaxDocFreq(reader.MaxDoc));
        }
    }

    /// <summary>The document frequency above which a value has no postings.</summary>
    public static int PostingsMaxDocFreq(int maxDoc) => Math.Max(1, maxDoc / RareShare);

    /// <summary>Documents per slot among the segment's live documents; the caller must not modify it.</summary>
    public int[] LiveCounts(int field, AtomicReader reader)
    {
        var column = Column(field, reader);
        return reader.LiveDocs is { } liveDocs
            ? liveCounts.GetValue(liveDocs, _ => new SegmentLiveCounts()).For(field, column, liveDocs)
            : column.DocFreq;
    }
}
