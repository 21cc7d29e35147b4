using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Indexer;

/// <summary>
/// Creates the Core services the verbs use. The CLI has no host, options or dependency injection: each verb opens the
/// index folder it is given and creates the same Core objects the web app's IndexHost does (the default index builder,
/// the index's snapshots, the searcher).
/// </summary>
internal static class Composition
{
    public static IndexBuilder CreateIndexBuilder() => IndexBuilder.CreateDefault();

    public static IndexSnapshots OpenSnapshots(Lucene.Net.Store.Directory directory) => new(directory);

    public static ArticleSearcher CreateSearcher() => new();
}
