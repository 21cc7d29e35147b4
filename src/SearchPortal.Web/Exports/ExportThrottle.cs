using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Exports;

/// <summary>
/// What an export of a whole result set costs, on top of the per-request limits: a slot among
/// <see cref="RateLimitOptions.MaxConcurrentExports"/> server-wide (held until the last row is written; none free
/// → 503), then its row count from the client's token bucket of <see cref="RateLimitOptions.ExportRowsPerWindow"/>
/// (not enough → 429 with the time until it is). A few exports therefore never crowd out searches, and one client
/// cannot export the index over and over. Singleton; thread-safe.
/// </summary>
public sealed class ExportThrottle : IDisposable
{
    private readonly RateLimitOptions _options;
    private readonly PartitionedRateLimiter<string> _rows;

    public ExportThrottle(IOptions<RateLimitOptions> options)
    {
        _options = options.Value;
        Slots = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = _options.MaxConcurrentExports, QueueLimit = 0 });
        _rows = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = _options.ExportRowsPerWindow,
            TokensPerPeriod = _options.ExportRowsPerWindow,
            ReplenishmentPeriod = TimeSpan.FromSeconds(_options.ExportWindowSeconds),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>The server-wide export slots.</summary>
    public ConcurrencyLimiter Slots { get; }

    /// <summary>A slot to run one export in (dispose it when the export ends), or the 503 to answer.</summary>
    public RateLimitLease? TryStart(HttpContext context, out ProblemHttpResult? busy)
    {
        var slot = Slots.AttemptAcquire();
        busy = null;
        if (slot.IsAcquired) return slot;
        slot.Dispose();
        busy = Throttled.Busy(context, TimeSpan.FromSeconds(_options.BusyRetryAfterSeconds),
            $"At most {_options.MaxConcurrentExports} exports run at once and all are running");
        return null;
    }

    /// <summary>Charges <paramref name="rows"/> to the client's export budget; null when paid, else the 429 to answer.</summary>
    public ProblemHttpResult? Charge(HttpContext context, int rows)
    {
        var cost = Math.Clamp(rows, 1, _options.ExportRowsPerWindow);
        using var lease = _rows.AttemptAcquire(ClientPartition.Of(context), cost);
        if (lease.IsAcquired) return null;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromSeconds(_options.ExportWindowSeconds);
        return Throttled.TooManyRequests(context, retry, string.Create(CultureInfo.InvariantCulture,
            $"This export has {rows:N0} rows, more than is left of your export budget ({_options.ExportRowsPerWindow:N0} rows per {_options.ExportWindowSeconds} s)"));
    }

    public void Dispose()
    {
        _rows.Dispose();
        Slots.Dispose();
    }
}
