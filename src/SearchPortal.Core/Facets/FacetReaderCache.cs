using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Per-reader facet state, built on first use and reused until the reader is reopened.
/// Thread-safe: concurrent first uses of a reader build its state once (<see cref="Lazy{T}"/>).
/// </summary>
/// <remarks>
/// Keyed weakly by <see cref="IndexReader.CoreCacheKey"/>: for a <c>DirectoryReader</c> that is the reader
/// itself, so a reopened reader gets fresh state and a closed, collected one releases its state.
/// A segment reader reopened only for deletions keeps its core key, and rightly its state: deletions
/// change no value or ordinal.
/// </remarks>
internal static class FacetReaderCache
{
    private static readonly ConditionalWeakTable<object, Lazy<FacetReaderState>> States = new();

    public static FacetReaderState For(IndexReader reader) =>
        States.GetValue(reader.CoreCacheKey, _ => new Lazy<FacetReaderState>(() => FacetReaderState.Build(reader))).Value;
}
