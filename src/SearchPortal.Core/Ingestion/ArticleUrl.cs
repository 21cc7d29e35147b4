namespace SearchPortal.Core.Ingestion;

/// <summary>
/// The one check for a link an article may carry (its source URL, a citation's URL, an <c>href</c>): an absolute
/// http or https URL with a host, nothing else. <c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>, relative links
/// and values with control characters inside (<c>java&#9;script:</c>, which a browser reads as
/// <c>javascript:</c>) are refused; surrounding whitespace is trimmed. Ingestion drops a refused URL with a report; writers and pages refuse it again,
/// for indexes built before the check. Stateless and thread-safe.
/// </summary>
public static class ArticleUrl
{
    /// <summary>The trimmed URL when it is an absolute http(s) URL with a host, else null.</summary>
    public static string? Normalize(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return null;
        foreach (var c in trimmed)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029') return null;
        }
        // What is written must itself start with the scheme a browser will read ("http:/x" or "HTTP:x" parse
        // differently across readers), so the literal prefix is required, not only the parsed scheme.
        if (!trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return null;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            ? trimmed
            : null;
    }

    /// <summary>True when <paramref name="value"/> may be written as a link (see <see cref="Normalize"/>).</summary>
    public static bool IsSafe(string? value) => Normalize(value) is not null;

    /// <summary>The reason a non-empty URL was dropped, for the build report.</summary>
    internal static string Dropped(string value)
    {
        var shown = string.Concat(value.Take(60).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
        return $"url '{shown}{(value.Length > 60 ? "…" : "")}' is not an absolute http(s) URL and was dropped; the article is kept";
    }
}
