using System.ComponentModel.DataAnnotations;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// The "SearchPortal:RateLimit" section: how much one client may ask for, how much the server does at once, and
/// what an export costs. Clients are told apart by <see cref="ClientPartition"/> (their IP address, after trusted
/// forwarded headers). Static files are not counted.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "SearchPortal:RateLimit";

    /// <summary>Requests one client may make per window, pages and API alike (SearchPortal__RateLimit__PermitsPerWindow).</summary>
    [Range(1, int.MaxValue)]
    public int PermitsPerWindow { get; set; } = 120;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 10;

    /// <summary>Requests the whole server works on at once; more wait in a queue of <see cref="RequestQueueLimit"/>, then get 503.</summary>
    [Range(1, int.MaxValue)]
    public int MaxConcurrentRequests { get; set; } = 32;

    [Range(0, int.MaxValue)]
    public int RequestQueueLimit { get; set; } = 64;

    /// <summary>Exports of a whole result set streaming at once, server-wide; one more gets 503 at once (no queue).</summary>
    [Range(1, int.MaxValue)]
    public int MaxConcurrentExports { get; set; } = 2;

    /// <summary>
    /// Exported rows one client may fetch per <see cref="ExportWindowSeconds"/>, refilled continuously: an export
    /// costs its row count (an export larger than the budget costs the whole budget), and one over the rest gets 429.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int ExportRowsPerWindow { get; set; } = 100_000;

    [Range(1, 86_400)]
    public int ExportWindowSeconds { get; set; } = 600;

    /// <summary>The Retry-After of a 503 when the server or the export slots are busy.</summary>
    [Range(1, 3_600)]
    public int BusyRetryAfterSeconds { get; set; } = 5;
}
