using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchPortal.Core.Indexing;
using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Admin;

/// <summary>
/// <c>POST /admin/reindex</c> and <c>GET /admin/stats</c>, behind an API key from configuration.
/// Without a configured key they answer 404; with a wrong or missing key, 401.
/// </summary>
public static class AdminApi
{
    public const string KeyHeader = "X-Api-Key";

    public sealed record ReindexRequest(string? Input);

    public sealed record Stats(IndexVersion Index, bool CurrentSchema, ReindexStatus Reindex);

    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddSingleton<Reindexer>();
        return services;
    }

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").WithTags("Admin").AddEndpointFilter(async (context, next) =>
        {
            var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value;
            if (!options.Enabled) return TypedResults.NotFound();
            var given = context.HttpContext.Request.Headers[KeyHeader].ToString();
            return KeysMatch(given, options.ApiKey!)
                ? await next(context)
                : TypedResults.Problem("A valid X-Api-Key header is required.", statusCode: StatusCodes.Status401Unauthorized);
        });
        admin.MapPost("/reindex", Reindex);
        admin.MapGet("/stats", (IndexHost index, Reindexer reindexer) =>
        {
            var version = index.Version();
            return TypedResults.Ok(new Stats(version, version.IsCurrentSchema, reindexer.Status));
        });
        return app;
    }

    private static Results<Accepted<ReindexStatus>, Conflict<ReindexStatus>> Reindex(ReindexRequest? request, Reindexer reindexer) =>
        reindexer.TryStart(request?.Input)
            ? TypedResults.Accepted("/admin/stats", reindexer.Status)
            : TypedResults.Conflict(reindexer.Status);

    private static bool KeysMatch(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
