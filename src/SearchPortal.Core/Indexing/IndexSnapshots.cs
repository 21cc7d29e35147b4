using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// The one place searchers of an index come from: the index as it is now, or as it was at an earlier commit
/// generation, so a permalink pinned to a generation reproduces its result set after rebuilds, for as long as the
/// index keeps that commit (see <see cref="KeepRecentBuildsDeletionPolicy"/>). Current snapshots come from a
/// <see cref="SearcherManager"/> it owns; readers of older commits are opened on demand and cached (the most recently
/// used few), reference-counted so that eviction never closes a reader a request still uses. Every searcher gets
/// <see cref="ArticleSchema.Similarity"/> when it is created (<see cref="ArticleSearcherFactory"/>). Singleton per
/// index; thread-safe. Dispose after the last request.
/// </summary>
public sealed class IndexSnapshots : IDisposable
{
    public const int DefaultCapacity = 4;

    private readonly SearcherManager _current;
    private readonly int _capacity;
    private readonly Lock _gate = new();
    private readonly LinkedList<DirectoryReader> _pinned = new();
    private bool _disposed;

    /// <summary>Opens the index in <paramref name="directory"/>, which must hold a commit.</summary>
    public IndexSnapshots(Lucene.Net.Store.Directory directory, int capacity = DefaultCapacity)
    {
        _current = new SearcherManager(directory, ArticleSearcherFactory.Instance);
        _capacity = capacity;
    }

    /// <summary>The latest generation opened (see <see cref="Refresh"/>).</summary>
    public IndexSnapshot Current()
    {
        var searcher = _current.Acquire();
        try
        {
            return new IndexSnapshot(searcher, IndexVersion.Of((DirectoryReader)searcher.IndexReader), () => _current.Release(searcher));
        }
        catch
        {
            _current.Release(searcher);
            throw;
        }
    }

    /// <summary>
    /// The index at commit <paramref name="generation"/> (the current one when null or when it is the
    /// current generation), or null when the index no longer holds that commit.
    /// </summary>
    public IndexSnapshot? Open(long? generation)
    {
        var now = Current();
        if (generation is null || now.Version.Generation == generation) return now;
        var directory = ((DirectoryReader)now.Searcher.IndexReader).Directory;
        now.Dispose();
        if (Pinned(directory, generation.Value) is not { } reader) return null;
        return new IndexSnapshot(ArticleSearcherFactory.Instance.NewSearcher(reader), IndexVersion.Of(reader), reader.DecRef);
    }

    /// <summary>Makes the latest commit current for the snapshots opened from now on (waiting for a reopen in progress).</summary>
    public void Refresh() => _current.MaybeRefreshBlocking();

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var reader in _pinned) reader.DecRef();
            _pinned.Clear();
        }
        _current.Dispose();
    }

    /// <summary>A reader of the commit with one reference taken for the caller, or null when the commit is gone.</summary>
    private DirectoryReader? Pinned(Lucene.Net.Store.Directory directory, long generation)
    {
        // A cached reader keeps working after its commit is deleted (open files stay readable), so
        // check the commit point itself: a permalink must say so once its commit is gone.
        var exists = directory.ListAll().Contains(IndexFileNames.FileNameFromGeneration(IndexFileNames.SEGMENTS, "", generation));
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var cached = _pinned.First;
            while (cached is not null && cached.Value.IndexCommit.Generation != generation) cached = cached.Next;
            if (cached is not null)
            {
                _pinned.Remove(cached);
                if (!exists)
                {
                    cached.Value.DecRef();
                    return null;
                }
                _pinned.AddFirst(cached);
                cached.Value.IncRef();
                return cached.Value;
            }
            if (!exists || OpenCommit(directory, generation) is not { } reader) return null;
            reader.IncRef();
            _pinned.AddFirst(reader);
            while (_pinned.Count > _capacity)
            {
                var evicted = _pinned.Last!.Value;
                _pinned.RemoveLast();
                evicted.DecRef();
            }
            return reader;
        }
    }

    private static DirectoryReader? OpenCommit(Lucene.Net.Store.Directory directory, long generation)
    {
        try
        {
            var commit = DirectoryReader.ListCommits(directory).FirstOrDefault(c => c.Generation == generation);
            return commit is null ? null : DirectoryReader.Open(commit);
        }
        catch (IOException)
        {
            // The commit was deleted between listing and opening: it is gone.
            return null;
        }
    }
}
