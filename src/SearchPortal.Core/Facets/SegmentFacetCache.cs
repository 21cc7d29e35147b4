using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Per-segment facet arrays (<see cref="SegmentFacetData"/>), kept as long as the segment's core lives.
/// Thread-safe: concurrent first uses of a segment share one (empty, lazily filled) entry.
/// </summary>
/// <remarks>
/// Keyed weakly by the segment reader's <see cref="IndexReader.CoreCacheKey"/>, which every reader of the
/// same segment shares, so an NRT reopen rebuilds nothing for unchanged segments, and a segment reopened
/// only for new deletions keeps its arrays (deletions are applied from the live docs at search time).
/// </remarks>
internal static class SegmentFacetCache
{
    private static readonly ConditionalWeakTable<object, SegmentFacetData> Segments = new();

    // Lucene 4.8 updates doc values in place only for numeric and binary fields, never for sorted sets,
    // so a segment core's facet values, and the arrays read from them, never change.
    public static SegmentFacetData For(AtomicReader reader) =>
        Segments.GetValue(reader.CoreCacheKey, _ => new SegmentFacetData());
}
