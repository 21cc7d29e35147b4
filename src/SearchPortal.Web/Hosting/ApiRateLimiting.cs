using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// A per-client fixed-window limit on <c>/api/*</c> with ASP.NET Core's built-in rate limiter.
/// A rejected request gets 429, a Retry-After header and a ProblemDetails body.
/// </summary>
public static class ApiRateLimiting
{
    public const string Policy = "api";

    public sealed class Options
    {
        public const string Section = "SearchPortal:RateLimit";

        public int PermitsPerWindow { get; set; } = 120;

        public int WindowSeconds { get; set; } = 10;
    }

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(Options.Section).Get<Options>() ?? new Options();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitsPerWindow,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, cancellation) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(options.WindowSeconds);
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem($"Too many requests; retry after {response.Headers.RetryAfter} s.", statusCode: 429)
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
    }
}
