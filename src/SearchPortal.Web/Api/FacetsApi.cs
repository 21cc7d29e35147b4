using Microsoft.AspNetCore.Http.HttpResults;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Search;

namespace SearchPortal.Web.Api;

/// <summary>
/// <c>GET /api/facets/{dim}?prefix=</c>: values of one dimension whose label starts with the prefix
/// (accent- and case-insensitive), counted over the search given by the usual parameters.
/// </summary>
public static class FacetsApi
{
    public const int MaxValues = 100;

    public static IEndpointRouteBuilder MapFacetsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/facets/{dim}", Search)
            .WithTags("Search")
           
            .WithName("SearchFacetValues")
            .WithSummary("Search inside a facet dimension's values.");
        return app;
    }

    private static Results<JsonHttpResult<IReadOnlyList<FacetValue>>, ValidationProblem> Search(
        string dim, string? prefix, int? limit, HttpRequest http, ArticleSearcher searcher)
    {
        var request = SearchQueryBinder.Bind(http.Query, out var errors);
        if (FacetSchema.Find(dim) is null)
            errors["dim"] = [$"unknown facet dimension '{dim}'; use one of {string.Join(", ", FacetSchema.All.Select(d => d.Name))}."];
        if (limit is < 1 or > MaxValues)
            errors["limit"] = [$"limit must be between 1 and {MaxValues}."];
        if (prefix is { Length: > 100 })
            errors["prefix"] = ["prefix may be at most 100 characters."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Invalid facet search");

        var values = searcher.SearchFacetValues(request, FacetSchema.Find(dim)!, prefix ?? "", limit ?? 20, out var filterErrors, out var problem);
        if (filterErrors.Count > 0) return SearchQueryBinder.FilterProblem(filterErrors, "Invalid facet search");
        if (problem is not null) return SearchQueryBinder.QueryProblem(problem, "Invalid facet search");
        return TypedResults.Json(values, SearchJson.Options);
    }
}
