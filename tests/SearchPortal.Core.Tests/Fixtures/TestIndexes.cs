using Lucene.Net.Search;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Fixtures;

/// <summary>Creates the production index builder and searcher for tests.</summary>
public static class TestIndexes
{
    public static IndexBuilder Builder(Func<Article, Article>? enrich = null) =>
        enrich is null ? IndexBuilder.CreateDefault() : new(enrich, IngestionOptions.Default);

    public static ArticleSearcher Searcher(SearcherManager manager) => new(manager);
}
