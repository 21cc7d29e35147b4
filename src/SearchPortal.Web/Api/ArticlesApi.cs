using Microsoft.AspNetCore.Http.HttpResults;
using SearchPortal.Core.Export;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Web.Api;

/// <summary><c>GET /api/articles/{key}</c>: one article with its full text (HTML, query terms marked when q is given).</summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{key}", Get)
            .WithTags("Articles")
           
            .WithName("GetArticle")
            .WithSummary("One article by its key, with metadata and full text.");
        return app;
    }

    /// <summary>The 404 for an article key that names no article, as the article and export endpoints answer it.</summary>
    internal static ProblemHttpResult NotFound(string key) =>
        TypedResults.Problem($"No article has the key '{SearchQueryBinder.Truncate(key)}'.", statusCode: StatusCodes.Status404NotFound);

    private static Results<JsonHttpResult<ArticleDetail>, ValidationProblem, ProblemHttpResult> Get(string key, string? q,
        ArticleSearcher searcher, IndexSnapshots snapshots)
    {
        var limits = SearchLimits.Validate(new SearchRequest { Query = q });
        if (limits.Count > 0)
        {
            var errors = new ParameterErrors();
            foreach (var limit in limits) errors.Add(limit.Parameter, limit.Reason);
            return SearchQueryBinder.Problem(errors, "Invalid article parameters");
        }
        using var snapshot = snapshots.Current();
        if (searcher.Find(snapshot, key, q) is not { } detail) return NotFound(key);
        if (detail.QueryProblem is { } problem) return SearchQueryBinder.QueryProblem(problem, "Invalid article parameters");
        return TypedResults.Json(detail, SearchJson.Options);
    }
}
