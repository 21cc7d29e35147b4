using SearchPortal.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchPortal.Core.Search;

namespace SearchPortal.Web.Api;

/// <summary><c>GET /api/articles/{key}</c>: one article with its full text (HTML, query terms marked when q is given).</summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/articles/{key}", Get)
            .WithTags("Articles")
            .RequireRateLimiting(ApiRateLimiting.Policy)
            .WithName("GetArticle")
            .WithSummary("One article by its key, with metadata and full text.");
        return app;
    }

    private static Results<JsonHttpResult<ArticleDetail>, ProblemHttpResult> Get(string key, string? q, ArticleSearcher searcher)
    {
        if (q is { Length: > SearchLimits.MaxQueryLength })
        {
            return TypedResults.Problem($"q is longer than {SearchLimits.MaxQueryLength} characters.", statusCode: StatusCodes.Status400BadRequest);
        }
        return searcher.Find(key, q) is { } detail
            ? TypedResults.Json(detail, SearchJson.Options)
            : TypedResults.Problem($"No article has the key '{(key.Length > 40 ? key[..40] + "…" : key)}'.", statusCode: StatusCodes.Status404NotFound);
    }
}
