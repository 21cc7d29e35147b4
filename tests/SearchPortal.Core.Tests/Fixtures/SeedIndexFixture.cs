using Lucene.Net.Search;
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
        Manager = new SearcherManager(Directory, null);
        Searcher = TestIndexes.Searcher(Manager);
    }

    public RAMDirectory Directory { get; }
    public BuildSummary Summary { get; }
    public SearcherManager Manager { get; }
    public ArticleSearcher Searcher { get; }

    public SearchResponse Search(string query, int size = 10) => Searcher.Search(new SearchRequest { Query = query, Size = size });

    public void Dispose()
    {
        Manager.Dispose();
        Directory.Dispose();
    }
}
