using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Hardening;

/// <summary>The portal with an admin key and a rate limit high enough for load tests.</summary>
public sealed class AdminPortalFactory : PortalFactory
{
    public const string Key = "test-admin-key-0123456789";

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["SearchPortal:Admin:ApiKey"] = Key,
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
