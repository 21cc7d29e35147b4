using Microsoft.AspNetCore.Http.HttpResults;
using SearchPortal.Core.Export;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Web.Exports;

namespace SearchPortal.Web.Api;

/// <summary>
/// <c>GET /api/facets/{dim}?prefix=</c>: values of one dimension whose label starts with the prefix
/// (accent- and case-insensitive), counted over the search given by the usual parameters, on the index generation
/// <c>v</c> pins (410 once it is gone) or the current one, named in the <c>X-SearchPortal-Index-*</c> headers.
/// </summary>
public static class FacetsApi
{
    public const int MaxValues = 100;

    public static IEndpointRouteBuilder MapFacetsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/facets/{dim}", Search)
            .WithTags("Search")
           
            .WithName("SearchFacetValues")
            .WithSummary("Search inside a facet dimension's values.")
            .WithSearchParameters("sort", "page", "size");
        return app;
    }

    private static Results<JsonHttpResult<IReadOnlyList<FacetValue>>, ValidationProblem, ProblemHttpResult> Search(
        string dim, string? prefix, int? limit, HttpRequest http, ArticleSearcher searcher, IndexSnapshots snapshots)
    {
        var request = SearchQueryBinder.Bind(http.Query, out var errors);
        var generation = PinnedVersion.Bind(http.Query, errors);
        if (FacetSchema.Find(dim) is null)
            errors.Add("dim", "param.dimension", SearchQueryBinder.Truncate(dim), string.Join(", ", FacetSchema.All.Select(d => d.Name)));
        if (limit is < 1 or > MaxValues)
            errors.Add("limit", "param.limit", MaxValues);
        if (prefix is { Length: > 100 })
            errors.Add("prefix", "param.prefix", 100);
        if (errors.Count > 0) return SearchQueryBinder.Problem(errors, "Invalid facet search");

        using var snapshot = snapshots.Open(generation);
        if (snapshot is null) return PinnedVersion.Gone(generation!.Value, snapshots);
        var values = searcher.SearchFacetValues(snapshot, request, FacetSchema.Find(dim)!, prefix ?? "", limit ?? 20, out var filterErrors, out var problem);
        if (filterErrors.Count > 0) return SearchQueryBinder.FilterProblem(filterErrors, "Invalid facet search");
        if (problem is not null) return SearchQueryBinder.QueryProblem(problem, "Invalid facet search");
        ProvenanceHeaders.WriteIndex(http.HttpContext.Response, snapshot.Version);
        return TypedResults.Json(values, SearchJson.Options);
    }
}
