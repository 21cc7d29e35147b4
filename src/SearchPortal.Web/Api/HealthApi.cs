using Microsoft.AspNetCore.Http.HttpResults;
using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Api;

/// <summary>
/// <c>/healthz</c>: the index is open, with its document count, and the searcher is warm (<see cref="SearchWarmup"/>:
/// its searches and how long they took); 503 while the warm-up runs.
/// </summary>
public static class HealthApi
{
    public sealed record Health(string Status, int Documents, long Generation, DateTimeOffset? BuiltAt, bool CurrentSchema, int WarmupSearches, long WarmupMs);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Check).WithTags("Operations");
        return app;
    }

    /// <summary>The health answer: 503 while <paramref name="warmup"/> runs, then the index's state and the warm-up's.</summary>
    public static Results<Ok<Health>, ProblemHttpResult> Check(IndexHost index, SearchWarmup warmup)
    {
        if (!warmup.Completed) return TypedResults.Problem("The searcher is warming up.", statusCode: StatusCodes.Status503ServiceUnavailable);
        var version = index.Version();
        return TypedResults.Ok(new Health("ok", version.Documents, version.Generation, version.BuiltAt, version.IsCurrentSchema, warmup.Searches, warmup.ElapsedMs));
    }
}
