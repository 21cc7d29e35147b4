using SearchPortal.Core.Ingestion;

namespace SearchPortal.Web.Security;

/// <summary>
/// The one place the web layer decides whether a stored article URL may become a link (article page, JSON-LD,
/// citations, the Atom feed): Core's <see cref="ArticleUrl"/> rule, absolute http and https URLs only, so pages
/// and exports agree. Stateless and thread-safe.
/// </summary>
public static class LinkUrls
{
    /// <summary>The URL, trimmed, when it is an absolute http(s) URL a browser reads the same way; else null.</summary>
    public static string? HttpOrNull(string? url) => ArticleUrl.Normalize(url);
}
