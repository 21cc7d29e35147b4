using SearchPortal.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchPortal.Core.Export;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Web.Api;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Exports;

/// <summary>
/// <c>GET /feed.atom?…</c>: an Atom feed of a search (the usual parameters), newest first, the latest
/// <see cref="AtomFeed.Entries"/> articles, so a researcher can subscribe to a query and its filters.
/// Always the current index: a feed is for what is new, so it takes no <c>v</c>; sort, page and size do
/// not apply.
/// </summary>
public static class FeedApi
{
    private static readonly string[] Ignored = ["page", "size", "sort"];

    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", Feed)
            .WithTags("Export")
            .WithName("Feed")
            .WithSummary("Atom feed of a search: the newest 50 articles.")
            .WithSearchParameters([.. Ignored, PinnedVersion.Parameter]);
        return app;
    }

    private static Results<FileContentHttpResult, ValidationProblem> Feed(HttpRequest http, ArticleSearcher searcher, IndexSnapshots snapshots)
    {
        var query = SearchQueryBinder.Without(http.Query, Ignored);
        var request = SearchQueryBinder.Bind(query, out var errors) with { Sort = SortOrder.Newest, Size = AtomFeed.Entries };
        if (errors.Count > 0) return SearchQueryBinder.Problem(errors, "Invalid feed parameters");

        using var snapshot = snapshots.Current();
        var response = searcher.Search(snapshot, request);
        if (response.FilterErrors.Count > 0)
        {
            return SearchQueryBinder.FilterProblem(response.FilterErrors, "Invalid feed parameters");
        }
        if (response.QueryProblem is { } problem) return SearchQueryBinder.QueryProblem(problem, "Invalid feed parameters");
        var baseUrl = http.BaseUrl();
        var links = new ExportLinks(query, snapshot.Version.Generation);
        var feed = AtomFeed.Build(response, snapshot.Version, Title(request), baseUrl, baseUrl + links.Feed, baseUrl + links.Unpinned);
        ProvenanceHeaders.WriteIndex(http.HttpContext.Response, snapshot.Version);
        return TypedResults.File(AtomFeed.Serialize(feed), AtomFeed.MediaType);
    }

    private static string Title(SearchRequest request)
    {
        var text = UiText.Current;
        var what = string.IsNullOrWhiteSpace(request.Query) ? text["feed.all"] : request.Query.Trim();
        IEnumerable<string> filters = request.Filters.ToFilters();
        if (request.Filters.Match != FacetMatch.About) filters = filters.Append(SearchQueryBinder.MatchParameter + "=" + request.Filters.Match.ToString().ToLowerInvariant());
        return filters.Any() ? $"SearchPortal: {what} ({string.Join(", ", filters)})" : $"SearchPortal: {what}";
    }
}
