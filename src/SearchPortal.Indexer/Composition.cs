using Lucene.Net.Search;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Indexer;

/// <summary>Creates the Core services the verbs use, wired the same way as in the web app.</summary>
internal static class Composition
{
    public static IndexBuilder CreateIndexBuilder() => IndexBuilder.CreateDefault();

    public static ArticleSearcher CreateSearcher(SearcherManager manager) => new(manager);
}
