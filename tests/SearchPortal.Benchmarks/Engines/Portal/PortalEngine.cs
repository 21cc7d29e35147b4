using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.Benchmarks.Workload;
using SearchPortal.Core.Search;

namespace SearchPortal.Benchmarks.Engines.Portal;

/// <summary>
/// The portal as its callers use it: <see cref="ArticleSearcher.Search"/> with the query text, the
/// "dim=value" filters and size 10, over a <see cref="SearcherManager"/> on the built index. Facet counting
/// and snippets are whatever Core's searcher does; nothing here depends on how.
/// </summary>
internal sealed class PortalEngine : ISearchEngine
{
    private readonly FSDirectory _directory;

    public PortalEngine(string indexPath)
    {
        _directory = FSDirectory.Open(indexPath);
        Manager = new SearcherManager(_directory, null);
        Searcher = new ArticleSearcher(Manager);
    }

    public string Name => "portal";

    public SearcherManager Manager { get; }

    public ArticleSearcher Searcher { get; }

    /// <summary>The portal's request for a mix query: the peers have no cross-language expansion, so neither does this.</summary>
    public static SearchRequest ToRequest(BenchQuery query) => new()
    {
        Query = query.PortalText,
        Filters = query.Filters.Select(f => f.ToString()).ToArray(),
        Size = 10,
        Expand = false,
    };

    public EngineResult Search(BenchQuery query)
    {
        var response = Searcher.Search(ToRequest(query));
        return new EngineResult(
            response.Total,
            response.Hits.Select(h => h.Id).ToArray(),
            response.Hits.Count(h => h.Snippets.Count > 0),
            response.Facets.Count);
    }

    /// <summary>The full answer (total, top 10, every listed facet value) for the agreement check with another engine.</summary>
    public QueryAnswer Answer(BenchQuery query)
    {
        var response = Searcher.Search(ToRequest(query));
        return new QueryAnswer(response.Total, response.Hits.Select(h => h.Id).ToArray(),
            response.Facets.ToDictionary(f => f.Key, f => FacetListing.Flatten(f.Value)));
    }

    public void Dispose()
    {
        Manager.Dispose();
        _directory.Dispose();
    }
}
