using Microsoft.AspNetCore.HostFiltering;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// Which Host headers the portal answers, with ASP.NET Core's host filtering (any other gets 400 before it
/// reaches the app, so no page, feed or OpenSearch description is ever made for a host nobody configured):
/// the <c>AllowedHosts</c> setting (hosts without ports, separated by ';'), else only the local names
/// <see cref="LocalHosts"/>, plus the host of <see cref="SearchPortalOptions.PublicBaseUrl"/> when one is set.
/// <c>AllowedHosts=*</c> turns the check off; absolute URLs then come from the request unless a public base
/// URL is set, and a warning says so at start-up.
/// </summary>
public static class HostAllowlist
{
    public const string Key = "AllowedHosts";

    public static IReadOnlyList<string> LocalHosts { get; } = ["localhost", "127.0.0.1", "[::1]"];

    public static IServiceCollection AddHostAllowlist(this IServiceCollection services, IConfiguration configuration)
    {
        services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = [.. Hosts(configuration)]);
        return services;
    }

    /// <summary>The allowed hosts as configured, or the local ones; with the public base URL's host.</summary>
    public static IReadOnlyList<string> Hosts(IConfiguration configuration)
    {
        var configured = configuration[Key]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var hosts = configured.Length > 0 ? configured.ToList() : [.. LocalHosts];
        var publicBase = configuration[$"{SearchPortalOptions.Section}:{nameof(SearchPortalOptions.PublicBaseUrl)}"];
        if (Uri.TryCreate(publicBase, UriKind.Absolute, out var uri) && !hosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase))
        {
            hosts.Add(uri.IdnHost);
        }
        return hosts;
    }

    /// <summary>Warns at start-up when any Host is accepted and absolute URLs would be made from it.</summary>
    public static void WarnWhenOpen(WebApplication app)
    {
        if (Hosts(app.Configuration).Contains("*") && string.IsNullOrWhiteSpace(app.Configuration[$"{SearchPortalOptions.Section}:{nameof(SearchPortalOptions.PublicBaseUrl)}"]))
        {
            app.Logger.LogWarning("AllowedHosts is '*' and SearchPortal:PublicBaseUrl is not set: absolute URLs in feeds, exports and " +
                "citations take the request's Host header. Set PublicBaseUrl or list the portal's host names in AllowedHosts.");
        }
    }
}
