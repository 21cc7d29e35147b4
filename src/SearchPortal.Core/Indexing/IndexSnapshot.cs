using Lucene.Net.Search;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// One committed index state held open for the length of a request (or an export stream): a searcher
/// and its <see cref="IndexVersion"/>. Dispose hands the reader back (to the SearcherManager, or drops
/// the reference on a pinned reader); disposing twice is harmless. Obtain from <see cref="IndexSnapshots"/>.
/// </summary>
public sealed class IndexSnapshot : IDisposable
{
    private Action? _release;

    internal IndexSnapshot(IndexSearcher searcher, IndexVersion version, Action release)
    {
        Searcher = searcher;
        Version = version;
        _release = release;
    }

    public IndexSearcher Searcher { get; }

    public IndexVersion Version { get; }

    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
}
