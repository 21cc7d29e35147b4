namespace SearchPortal.Web.Security;

/// <summary>
/// The one place the web layer decides whether a stored article URL may become a link (article page, JSON-LD,
/// citations, the Atom feed): only absolute http and https URLs, written as stored. Anything else
/// (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, <c>java&#9;script:</c>, relative or control-laden
/// URLs) is treated as no URL at all. Stateless and thread-safe.
/// </summary>
public static class LinkUrls
{
    /// <summary>The URL, trimmed, when it is an absolute http(s) URL a browser reads the same way; else null.</summary>
    public static string? HttpOrNull(string? url)
    {
        var candidate = url?.Trim();
        if (string.IsNullOrEmpty(candidate)) return null;
        // The literal prefix matters, not only the parsed scheme: browsers drop tabs and newlines inside a
        // scheme ("java\tscript:"), so what we emit must itself start with http:// or https://.
        var prefixed = candidate.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || candidate.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        if (!prefixed || candidate.Any(char.IsControl) || !HasWellFormedSurrogates(candidate)) return null;
        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
                ? candidate
                : null;
    }

    private static bool HasWellFormedSurrogates(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }
}
