namespace SearchPortal.Web.Hosting;

/// <summary>
/// The "SearchPortal:ForwardedHeaders" section, for running behind a reverse proxy. Off by default: then
/// X-Forwarded-For/-Proto/-Host are ignored, whoever sends them. When on, they are read only from the proxies
/// listed here (with none listed, only from a proxy on the loopback interface).
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "SearchPortal:ForwardedHeaders";

    /// <summary>Read X-Forwarded-For, -Proto and -Host (SearchPortal__ForwardedHeaders__Enabled).</summary>
    public bool Enabled { get; set; }

    /// <summary>Addresses of trusted proxies, e.g. "10.0.0.5" (SearchPortal__ForwardedHeaders__KnownProxies__0).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. "10.0.0.0/8".</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies (entries of X-Forwarded-For, from the right) to walk back through.</summary>
    public int ForwardLimit { get; set; } = 1;
}
