namespace SearchPortal.Web.Admin;

/// <summary>
/// The "SearchPortal:Admin" section. Admin endpoints exist only when <see cref="ApiKey"/> is set;
/// by default they answer 404 as if absent.
/// </summary>
public sealed class AdminOptions
{
    public const string Section = "SearchPortal:Admin";

    /// <summary>Key expected in the X-Api-Key header (environment: SearchPortal__Admin__ApiKey).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Folder or file a reindex reads when the request names none; defaults to the seeds.</summary>
    public string? ReindexInput { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(ApiKey);
}
