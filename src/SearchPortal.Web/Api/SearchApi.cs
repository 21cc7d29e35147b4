using SearchPortal.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchPortal.Core.Search;
using SearchPortal.Web.Partners;

namespace SearchPortal.Web.Api;

/// <summary>The JSON search API: the same document as the CLI's <c>search --json</c>.</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Search").RequireRateLimiting(ApiRateLimiting.Policy);
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Full-text search with facets and highlighted snippets.")
            .RequireCors(PartnerCorsPolicy.Name);
        return app;
    }

    private static Results<JsonHttpResult<SearchResponse>, ValidationProblem> Search(HttpRequest http, ArticleSearcher searcher, PartnerDirectory partners)
    {
        var request = SearchQueryBinder.Bind(http.Query, out var errors);
        var partner = partners.Resolve(http, errors);
        if (errors.Count == 0 && searcher.CheckFilters(request) is { Count: > 0 } filterErrors) errors["filters"] = [.. filterErrors];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Invalid search parameters");
        return TypedResults.Json(searcher.SearchWithin(request, partner), SearchJson.Options);
    }
}
