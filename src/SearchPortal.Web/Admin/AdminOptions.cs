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

    /// <summary>
    /// Folders (or files) a reindex may read, relative paths against the content root
    /// (SearchPortal__Admin__ReindexRoots__0); by default only <see cref="ReindexInput"/> (or the seeds).
    /// </summary>
    public string[] ReindexRoots { get; set; } = [];

    /// <summary>Wrong or missing keys one client may send per <see cref="FailedKeyWindowSeconds"/>; then every admin request gets 429.</summary>
    public int FailedKeysPerWindow { get; set; } = 10;

    public int FailedKeyWindowSeconds { get; set; } = 60;

    public bool Enabled => !string.IsNullOrWhiteSpace(ApiKey);
}
