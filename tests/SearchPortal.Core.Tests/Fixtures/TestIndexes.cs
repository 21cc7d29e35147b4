using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Fixtures;

/// <summary>Creates the production index builder and searcher for tests.</summary>
public static class TestIndexes
{
    public static IndexBuilder Builder(Func<Article, Article>? enrich = null) =>
        enrich is null ? IndexBuilder.CreateDefault() : new(enrich, IngestionOptions.Default);

    /// <summary>Searches the current generation of <paramref name="snapshots"/>.</summary>
    public static SearchResponse Search(this ArticleSearcher searcher, IndexSnapshots snapshots, SearchRequest request)
    {
        using var snapshot = snapshots.Current();
        return searcher.Search(snapshot, request);
    }
}
