namespace SearchPortal.Web.Hosting;

/// <summary>The "SearchPortal" configuration section. Relative paths resolve against the content root.</summary>
public sealed class SearchPortalOptions
{
    public const string Section = "SearchPortal";

    /// <summary>The Lucene index folder (environment: SearchPortal__IndexPath).</summary>
    public string IndexPath { get; set; } = "../../index";

    /// <summary>Articles indexed at start-up when the index folder is missing or empty (SearchPortal__SeedsPath).</summary>
    public string SeedsPath { get; set; } = "../../seeds";

    /// <summary>
    /// The portal's public address, e.g. "https://portal.example.org" or "https://example.org/portal"
    /// (SearchPortal__PublicBaseUrl): when set, every absolute URL the portal writes (feeds, exports, citations,
    /// JSON-LD, OpenSearch, permalink headers) starts with it, whatever Host the request names.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>True when <see cref="PublicBaseUrl"/> is unset or an absolute http(s) URL without query, fragment or user.</summary>
    public bool HasValidPublicBaseUrl =>
        string.IsNullOrWhiteSpace(PublicBaseUrl)
        || Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;
}
