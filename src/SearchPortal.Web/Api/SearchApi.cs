using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using SearchPortal.Core.Export;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Web.Partners;
using SearchPortal.Web.Exports;

namespace SearchPortal.Web.Api;

/// <summary>The JSON search API: the same document as the CLI's <c>search --json</c>; <c>v</c> pins an index generation (410 once it is gone).</summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Search");
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Full-text search with facets and highlighted snippets.")
            .WithSearchParameters()
            .WithQueryParameter(PartnerDirectory.QueryParameter, "Partner key: the search stays inside the partner's scope (as it does for a request from the partner's origin).", JsonSchemaType.String)
            .WithQueryParameter(LocalizedJson.LanguageParameter, "Language of the notices: en (the default) or es.", JsonSchemaType.String)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireCors(PartnerCorsPolicy.Name);
        return app;
    }

    private static Results<JsonHttpResult<SearchResponse>, ValidationProblem, ProblemHttpResult> Search(
        HttpRequest http, ArticleSearcher searcher, PartnerDirectory partners, IndexSnapshots snapshots)
    {
        var request = SearchQueryBinder.Bind(http.Query, out var errors);
        var partner = partners.Resolve(http, errors);
        var generation = PinnedVersion.Bind(http.Query, errors);
        if (errors.Count > 0) return SearchQueryBinder.Problem(errors, "Invalid search parameters");
        using var snapshot = snapshots.Open(generation);
        if (snapshot is null) return PinnedVersion.Gone(generation!.Value, snapshots);
        var response = searcher.Search(snapshot, request with { Scope = partner?.Scope });
        if (response.FilterErrors.Count > 0) return SearchQueryBinder.FilterProblem(response.FilterErrors, "Invalid search parameters");
        if (response.QueryProblem is { } problem) return SearchQueryBinder.QueryProblem(problem, "Invalid search parameters");
        ProvenanceHeaders.WriteIndex(http.HttpContext.Response, snapshot.Version);
        return TypedResults.Json(response, LocalizedJson.For(http));
    }
}
