using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Admin;

/// <summary>
/// Counts wrong admin keys per client (<see cref="ClientPartition"/>) in a fixed window: after
/// <see cref="AdminOptions.FailedKeysPerWindow"/> failures the client's admin requests get 429, right key or not,
/// until the window ends, so a key cannot be guessed at request speed. Singleton; thread-safe.
/// </summary>
public sealed class AdminKeyThrottle(IOptions<AdminOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.FailedKeysPerWindow),
            Window = TimeSpan.FromSeconds(Math.Max(1, options.Value.FailedKeyWindowSeconds)),
            QueueLimit = 0,
        }));

    /// <summary>The 429 to answer when the client has used up its failures, else null.</summary>
    public ProblemHttpResult? Refusal(HttpContext context)
    {
        // Zero permits: asks whether any failure is left without spending one.
        using var lease = _failures.AttemptAcquire(ClientPartition.Of(context), 0);
        if (lease.IsAcquired) return null;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(options.Value.FailedKeyWindowSeconds);
        return Throttled.TooManyRequests(context, retry, "Too many wrong admin keys from your address");
    }

    public void RecordFailure(HttpContext context) => _failures.AttemptAcquire(ClientPartition.Of(context)).Dispose();

    public void Dispose() => _failures.Dispose();
}
