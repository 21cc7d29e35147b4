using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchPortal.Core.Indexing;
using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Admin;

/// <summary>
/// <c>POST /admin/reindex</c> and <c>GET /admin/stats</c>, behind an API key from configuration.
/// Without a configured key they answer 404; with a wrong or missing key, 401, and after too many of those
/// 429 (<see cref="AdminKeyThrottle"/>). A reindex reads only inside the configured roots (<see cref="ReindexInputs"/>).
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
        services.AddSingleton<ReindexInputs>();
        services.AddSingleton<AdminKeyThrottle>();
        return services;
    }

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").WithTags("Admin").AddEndpointFilter(async (context, next) =>
        {
            var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value;
            if (!options.Enabled) return TypedResults.NotFound();
            var throttle = context.HttpContext.RequestServices.GetRequiredService<AdminKeyThrottle>();
            if (throttle.Refusal(context.HttpContext) is { } refused) return refused;
            var given = context.HttpContext.Request.Headers[KeyHeader].ToString();
            if (KeysMatch(given, options.ApiKey!)) return await next(context);
            throttle.RecordFailure(context.HttpContext);
            return TypedResults.Problem("A valid X-Api-Key header is required.", statusCode: StatusCodes.Status401Unauthorized);
        });
        admin.MapPost("/reindex", Reindex);
        admin.MapGet("/stats", (IndexHost index, Reindexer reindexer) =>
        {
            var version = index.Version();
            return TypedResults.Ok(new Stats(version, version.IsCurrentSchema, reindexer.Status));
        });
        return app;
    }

    private static Results<Accepted<ReindexStatus>, Conflict<ReindexStatus>, ValidationProblem> Reindex(
        ReindexRequest? request, Reindexer reindexer, ReindexInputs inputs)
    {
        if (inputs.TryResolve(request?.Input, out var reason) is not { } source)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["input"] = [reason] }, title: "Invalid reindex input");
        }
        return reindexer.TryStart(source)
            ? TypedResults.Accepted("/admin/stats", reindexer.Status)
            : TypedResults.Conflict(reindexer.Status);
    }

    private static bool KeysMatch(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
