using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RateLimiterOptions = Microsoft.AspNetCore.RateLimiting.RateLimiterOptions;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// One global limiter, with ASP.NET Core's rate-limiting middleware, for every request that reaches routing
/// (pages, the API, feeds, the embed, OpenSearch, admin; static files are served before it and not counted): first
/// a fixed window per client (<see cref="RateLimitOptions.PermitsPerWindow"/>), rejected with 429 and the window's
/// Retry-After, then the server-wide <see cref="RequestConcurrency"/>, rejected with 503 once its queue is full.
/// Exports are further limited by cost in <see cref="Exports.ExportThrottle"/>.
/// </summary>
public static class RequestRateLimiting
{
    public static IServiceCollection AddRequestRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RequestConcurrency>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, RequestConcurrency>((limiter, settings, concurrency) =>
        {
            var options = settings.Value;
            var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                ClientPartition.Of(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitsPerWindow,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                }));
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(perClient, concurrency.ForAllRequests());
            limiter.OnRejected = (context, _) =>
            {
                var result = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)
                    ? Throttled.TooManyRequests(context.HttpContext, retry, $"Too many requests: at most {options.PermitsPerWindow} per {options.WindowSeconds} s per client")
                    : Throttled.Busy(context.HttpContext, TimeSpan.FromSeconds(options.BusyRetryAfterSeconds), "The server is busy with other requests");
                return new ValueTask(result.ExecuteAsync(context.HttpContext));
            };
        });
        return services;
    }
}
