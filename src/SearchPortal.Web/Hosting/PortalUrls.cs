using Microsoft.Extensions.Options;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// Absolute URLs of the portal, for feeds, exports, citations, JSON-LD and OpenSearch: the configured
/// <see cref="SearchPortalOptions.PublicBaseUrl"/> when there is one, else the request's scheme, host (one that
/// <see cref="HostAllowlist"/> let through) and path base.
/// </summary>
public static class PortalUrls
{
    /// <summary>Scheme, host and path base, without a trailing slash.</summary>
    public static string BaseUrl(this HttpRequest request)
    {
        if (PublicBaseUrl(request) is { } configured) return configured;
        var host = request.Host.HasValue ? request.Host : new HostString("localhost");
        return $"{request.Scheme}://{host}{request.PathBase}";
    }

    /// <summary>True when absolute URLs come from configuration rather than from the request, so may be cached publicly.</summary>
    public static bool HasPublicBaseUrl(this HttpRequest request) => PublicBaseUrl(request) is not null;

    /// <summary>The portal's page of the article with <paramref name="key"/>.</summary>
    public static string ArticleUrl(this HttpRequest request, string key) => request.BaseUrl() + "/articles/" + key;

    private static string? PublicBaseUrl(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<SearchPortalOptions>>().Value.PublicBaseUrl is { Length: > 0 } url
            ? url.Trim().TrimEnd('/')
            : null;
}
