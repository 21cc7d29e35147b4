using SearchPortal.Benchmarks.Workload;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Benchmarks.Engines.Portal;

/// <summary>
/// The portal as its callers use it: <see cref="ArticleSearcher.Search"/> with the query text, the
/// typed facet filters and size 10, on the current snapshot of the built index (<see cref="IndexSnapshots"/>). Facet counting
/// and snippets are whatever Core's searcher does; nothing here depends on how.
/// </summary>
internal sealed class PortalEngine : ISearchEngine
{
    private readonly MappedDirectory _directory;

    public PortalEngine(string indexPath)
    {
        _directory = new MappedDirectory(indexPath);
        Snapshots = new IndexSnapshots(_directory);
    }

    public string Name => "portal";

    public IndexSnapshots Snapshots { get; }

    public ArticleSearcher Searcher { get; } = new();

    /// <summary>The portal's request for a mix query: the peers have no cross-language expansion, so neither does this.</summary>
    public static SearchRequest ToRequest(BenchQuery query) => new()
    {
        Query = query.PortalText,
        Filters = query.Filters.Aggregate(FacetSelection.Empty, (selection, f) => selection.With(FacetSchema.Find(f.Dimension)!, f.Value)),
        Size = 10,
        Expand = false,
    };

    public EngineResult Search(BenchQuery query)
    {
        using var snapshot = Snapshots.Current();
        var response = Searcher.Search(snapshot, ToRequest(query));
        return new EngineResult(
            response.Total,
            response.Hits.Select(h => h.Id).ToArray(),
            response.Hits.Count(h => h.Snippets.Count > 0),
            response.Facets.Count);
    }

    /// <summary>The full answer (total, top 10, every listed facet value) for the agreement check with another engine.</summary>
    public QueryAnswer Answer(BenchQuery query)
    {
        using var snapshot = Snapshots.Current();
        var response = Searcher.Search(snapshot, ToRequest(query));
        return new QueryAnswer(response.Total, response.Hits.Select(h => h.Id).ToArray(),
            response.Facets.ToDictionary(f => f.Key, f => FacetListing.Flatten(f.Value)));
    }

    public void Dispose()
    {
        Snapshots.Dispose();
        _directory.Dispose();
    }
}
