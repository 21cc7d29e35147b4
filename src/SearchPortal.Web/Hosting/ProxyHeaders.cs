using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// Forwarded-headers support that cannot be spoofed: ASP.NET Core's ForwardedHeadersMiddleware, first in the
/// pipeline and only when <see cref="ProxyOptions.Enabled"/>, trusting only the configured proxies and
/// networks (or loopback when none are listed), and accepting an X-Forwarded-Host only among the allowed hosts.
/// The client IP it resolves is what rate limits partition by (<see cref="ClientPartition"/>).
/// </summary>
public static class ProxyHeaders
{
    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section)
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "SearchPortal:ForwardedHeaders:KnownProxies must hold IP addresses.")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "SearchPortal:ForwardedHeaders:KnownNetworks must hold CIDR networks such as 10.0.0.0/8.")
            .Validate(o => o.ForwardLimit >= 1, "SearchPortal:ForwardedHeaders:ForwardLimit must be 1 or more.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            var options = proxy.Value;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.ForwardLimit = options.ForwardLimit;
            var hosts = HostAllowlist.Hosts(configuration);
            forwarded.AllowedHosts = hosts.Contains("*") ? [] : [.. hosts];
            if (options.KnownProxies.Length + options.KnownNetworks.Length == 0) return;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in options.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in options.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    public static IApplicationBuilder UseProxyHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<ProxyOptions>>().Value.Enabled ? app.UseForwardedHeaders() : app;
}
