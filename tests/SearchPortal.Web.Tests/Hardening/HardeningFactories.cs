using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Hardening;

/// <summary>
/// The portal with an admin key and a rate limit high enough for load tests; a reindex may read the seeds
/// and anything under <see cref="InputRoot"/>.
/// </summary>
public sealed class AdminPortalFactory : PortalFactory
{
    public const string Key = "test-admin-key-0123456789";

    /// <summary>Where tests write reindex inputs (one sub-folder each).</summary>
    public static string InputRoot { get; } = Path.Combine(Path.GetTempPath(), "sp-admin-inputs");

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["SearchPortal:Admin:ApiKey"] = Key,
        ["SearchPortal:Admin:ReindexRoots:0"] = Path.Combine(RepoRoot, "seeds"),
        ["SearchPortal:Admin:ReindexRoots:1"] = InputRoot,
        ["SearchPortal:RateLimit:PermitsPerWindow"] = "1000000",
    };
}

/// <summary>The portal with a tiny rate limit, to see 429s.</summary>
public sealed class TightLimitPortalFactory : PortalFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["SearchPortal:RateLimit:PermitsPerWindow"] = "3",
        ["SearchPortal:RateLimit:WindowSeconds"] = "60",
    };
}
