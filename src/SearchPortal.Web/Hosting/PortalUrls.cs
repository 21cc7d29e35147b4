namespace SearchPortal.Web.Hosting;

/// <summary>Absolute URLs of the portal as the request reached it, for feeds, exports, citations and OpenSearch.</summary>
public static class PortalUrls
{
    /// <summary>Scheme, host and path base, without a trailing slash.</summary>
    public static string BaseUrl(this HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The portal's page of the article with <paramref name="key"/>.</summary>
    public static string ArticleUrl(this HttpRequest request, string key) => request.BaseUrl() + "/articles/" + key;
}
