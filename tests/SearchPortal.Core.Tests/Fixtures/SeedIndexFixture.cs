using Lucene.Net.Store;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Fixtures;

/// <summary>An in-memory index of the five seed pages, built once per test class through the real pipeline.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    public SeedIndexFixture()
    {
        Directory = new RAMDirectory();
        Summary = TestIndexes.Builder().Build(TestPaths.Seeds, Directory, new BuildOptions());
        Snapshots = new IndexSnapshots(Directory);
    }

    public RAMDirectory Directory { get; }
    public BuildSummary Summary { get; }
    public IndexSnapshots Snapshots { get; }
    public ArticleSearcher Searcher { get; } = new();

    public SearchResponse Search(string query, int size = 10) => Search(new SearchRequest { Query = query, Size = size });

    public SearchResponse Search(SearchRequest request) => Searcher.Search(Snapshots, request);

    public void Dispose()
    {
        Snapshots.Dispose();
        Directory.Dispose();
    }
}
