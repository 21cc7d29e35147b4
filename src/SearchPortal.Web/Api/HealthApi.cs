using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Api;

/// <summary><c>/healthz</c>: the index is open, with its document count.</summary>
public static class HealthApi
{
    public sealed record Health(string Status, int Documents, string Index);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (IndexHost index) => TypedResults.Ok(new Health("ok", index.DocumentCount(), Path.GetFileName(index.IndexPath))))
            .WithTags("Operations");
        return app;
    }
}
