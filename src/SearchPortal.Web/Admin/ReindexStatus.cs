namespace SearchPortal.Web.Admin;

/// <summary>The state of the latest reindex, as <c>/admin/stats</c> reports it.</summary>
public sealed record ReindexStatus(
    string State,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int? Indexed,
    int? Skipped,
    string? Error)
{
    public static ReindexStatus Idle { get; } = new("idle", null, null, null, null, null);
}
