using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// The server-wide limit on requests in flight (<see cref="RateLimitOptions.MaxConcurrentRequests"/>, with a
/// queue of <see cref="RateLimitOptions.RequestQueueLimit"/>), chained after the per-client limit in the global
/// rate limiter. A singleton, so that it is one limiter for the app's lifetime; thread-safe.
/// </summary>
public sealed class RequestConcurrency(IOptions<RateLimitOptions> options) : IDisposable
{
    public ConcurrencyLimiter Limiter { get; } = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.MaxConcurrentRequests,
        QueueLimit = options.Value.RequestQueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>The limiter as one partition for every request; it does not own (or dispose) the limiter.</summary>
    public PartitionedRateLimiter<HttpContext> ForAllRequests() => new Shared(Limiter);

    public void Dispose() => Limiter.Dispose();

    private sealed class Shared(RateLimiter limiter) : PartitionedRateLimiter<HttpContext>
    {
        public override RateLimiterStatistics? GetStatistics(HttpContext resource) => limiter.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) => limiter.AttemptAcquire(permitCount);

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
            limiter.AcquireAsync(permitCount, cancellationToken);
    }
}
