using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Web.Exports;
using SearchPortal.Web.Localization;
using SearchPortal.Web.Maps;
using SearchPortal.Web.Partners;

namespace SearchPortal.Web.Api;

/// <summary>
/// <c>GET /api/map?…</c>: the results page's map as a standalone SVG image (no links), for the same parameters as
/// <c>/api/search</c>, read by the same binder and answered with the same 400s and 410; <c>hl=en|es</c> picks its
/// words. Its counts are the search's region facet. A country without division outlines is drawn on the overview.
/// </summary>
public static class MapApi
{
    public const string ContentType = "image/svg+xml; charset=utf-8";

    public const string LanguageParameter = "hl";

    public static IEndpointRouteBuilder MapMapApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/map", Map)
            .WithTags("Search")
            .WithName("SearchMap")
            .WithSummary("The results' regions as an SVG map coloured by article counts.")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .WithSearchParameters()
            .WithQueryParameter(LanguageParameter, "Language of the map's words: en or es (default: the request's UI language).", JsonSchemaType.String)
            .WithQueryParameter(PartnerDirectory.QueryParameter, "Partner key: the counts stay inside the partner's scope.", JsonSchemaType.String)
            .RequireCors(PartnerCorsPolicy.Name);
        return app;
    }

    private static Results<ContentHttpResult, ValidationProblem, ProblemHttpResult> Map(
        HttpRequest http, ArticleSearcher searcher, PartnerDirectory partners, IndexSnapshots snapshots, MapAtlas atlas)
    {
        var request = SearchQueryBinder.Bind(http.Query, out var errors);
        var partner = partners.Resolve(http, errors);
        var generation = PinnedVersion.Bind(http.Query, errors);
        var language = http.Query[LanguageParameter].ToString();
        var ui = language.Length > 0 ? UiText.Find(language) : UiText.Current;
        if (ui is null) errors.Add(LanguageParameter, "param.hl", SearchQueryBinder.Truncate(language));
        if (errors.Count > 0) return SearchQueryBinder.Problem(errors, "Invalid map parameters");

        using var snapshot = snapshots.Open(generation);
        if (snapshot is null) return PinnedVersion.Gone(generation!.Value, snapshots);
        // Hits are not drawn: one page of one hit; every value of the region facet a level can show is counted.
        var response = searcher.Search(snapshot, request with { Scope = partner?.Scope, Page = 1, Size = 1, FacetSize = SearchLimits.MaxPageSize });
        if (response.FilterErrors.Count > 0) return SearchQueryBinder.FilterProblem(response.FilterErrors, "Invalid map parameters");
        if (response.QueryProblem is { } problem) return SearchQueryBinder.QueryProblem(problem, "Invalid map parameters");

        var text = MapText.For(ui!.Language);
        ProvenanceHeaders.WriteIndex(http.HttpContext.Response, snapshot.Version);
        return TypedResults.Text(atlas.Image(request, response, text), ContentType);
    }
}
