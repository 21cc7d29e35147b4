using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

using SearchPortal.Core.Tests.Export;

namespace SearchPortal.Core.Tests.Indexing;

public sealed class IndexSnapshotsTests : IDisposable
{
    private static readonly SearchRequest Mining = new() { Query = "mining" };

    private static readonly JsonlCorpus.Doc[] Before =
    [
        new("a1", "Gold mining in Madre de Dios", "Illegal gold mining poisons rivers in Madre de Dios.", "2013-05-01"),
        new("a2", "Mining camps and trafficking", "Mining camps in La Pampa draw traffickers.", "2014-06-02"),
        new("a3", "Extortion in Trujillo", "Gangs extort bus companies in Trujillo.", "2015-07-03"),
    ];

    private static readonly JsonlCorpus.Doc[] After =
    [
        new("b1", "Coal mining strike", "Miners stop work at a coal mining site in Boyacá.", "2020-01-01"),
        new("b2", "Cocaine seized in Callao", "Police seize cocaine in the port of Callao.", "2021-02-02"),
    ];

    private readonly TempFolder _folder = new();
    private readonly RAMDirectory _directory = new();
    private readonly JsonlCorpus _corpus;

    public IndexSnapshotsTests() => _corpus = new JsonlCorpus(_folder, _directory);

    [Fact]
    public void Open_PinnedGenerationAfterRebuildWithOtherContent_ReproducesTheOldResults()
    {
        // Arrange
        var pinned = _corpus.Rebuild(Before);
        var searcher = new ArticleSearcher();
        using var snapshots = new IndexSnapshots(_directory);
        var before = Ids(searcher.Search(snapshots, Mining));
        _corpus.Rebuild(After);
        snapshots.Refresh();

        // Act
        using var snapshot = snapshots.Open(pinned);

        // Assert
        Assert.NotNull(snapshot);
        Assert.Equal(pinned, snapshot.Version.Generation);
        Assert.Equal(3, snapshot.Version.Documents);
        Assert.Equal(2, before.Count);
        Assert.Equal(before, Ids(searcher.Search(snapshot, Mining)));
        Assert.NotEqual(before, Ids(searcher.Search(snapshots, Mining)));
    }

    [Fact]
    public void Open_PinnedGenerationAfterTenLaterBuilds_IsGoneButNotAfterNine()
    {
        // Arrange
        var pinned = _corpus.Rebuild(Before);
        using var snapshots = new IndexSnapshots(_directory);
        for (var i = 0; i < KeepRecentBuildsDeletionPolicy.DefaultBuilds - 1; i++) _corpus.Rebuild(After);
        snapshots.Refresh();
        using (var kept = snapshots.Open(pinned))
        {
            Assert.NotNull(kept);
        }

        // Act
        _corpus.Rebuild(After);
        snapshots.Refresh();
        var gone = snapshots.Open(pinned);

        // Assert
        Assert.Null(gone);
    }

    [Fact]
    public void Open_NullOrCurrentGeneration_ReturnsTheCurrentSnapshot()
    {
        // Arrange
        _corpus.Rebuild(Before);
        var current = _corpus.Rebuild(After);
        using var snapshots = new IndexSnapshots(_directory);

        // Act
        using var unpinned = snapshots.Open(null);
        using var same = snapshots.Open(current);

        // Assert
        Assert.Equal(current, unpinned!.Version.Generation);
        Assert.Equal(current, same!.Version.Generation);
        Assert.Equal(2, unpinned.Version.Documents);
    }

    [Fact]
    public void Open_EvictedFromCacheWhileInUse_StaysSearchableUntilDisposed()
    {
        // Arrange
        var first = _corpus.Rebuild(Before);
        var second = _corpus.Rebuild(After);
        _corpus.Rebuild(Before[..1]);
        var searcher = new ArticleSearcher();
        using var snapshots = new IndexSnapshots(_directory, capacity: 1);
        using var old = snapshots.Open(first)!;

        // Act
        using var newer = snapshots.Open(second)!;
        var results = searcher.Search(old, Mining);

        // Assert
        Assert.Equal(2, results.Total);
        Assert.Equal(1, searcher.Search(newer, Mining).Total);
    }

    [Fact]
    public void Build_WithPartialCommits_KeepsOnlyFinishedBuilds()
    {
        // Arrange
        var partial = new BuildOptions { CommitEvery = 1, BatchSize = 1 };

        // Act
        _corpus.Build(partial, Before);
        _corpus.Build(partial, After);

        // Assert
        var commits = DirectoryReader.ListCommits(_directory);
        Assert.All(commits, c => Assert.True(c.UserData.ContainsKey(ArticleSchema.BuiltAtKey)));
        Assert.Equal([3, 5], commits.Select(DocumentCount));
    }

    public void Dispose()
    {
        _directory.Dispose();
        _folder.Dispose();
    }

    private static int DocumentCount(IndexCommit commit)
    {
        using var reader = DirectoryReader.Open(commit);
        return reader.NumDocs;
    }

    private static List<string> Ids(SearchResponse response) => response.Hits.Select(h => h.Id).ToList();
}
