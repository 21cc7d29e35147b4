using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Api;

/// <summary><c>/healthz</c>: the index is open, with its document count.</summary>
public static class HealthApi
{
    public sealed record Health(string Status, int Documents, long Generation, DateTimeOffset? BuiltAt, bool CurrentSchema);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (IndexHost index) =>
            {
                var version = index.Version();
                return TypedResults.Ok(new Health("ok", version.Documents, version.Generation, version.BuiltAt, version.IsCurrentSchema));
            })
            .WithTags("Operations");
        return app;
    }
}
