using System.Globalization;

namespace SearchPortal.Web.Partners;

/// <summary>
/// Normalises web origins to the form browsers send in the Origin header: lowercase
/// <c>scheme://host[:port]</c> with the default port left out and the host in its ASCII (IDN) form.
/// Stateless and thread-safe.
/// </summary>
public static class PartnerOrigin
{
    /// <summary>The normalised origin, or null when <paramref name="raw"/> is not an http(s) origin (a path, query or user part is refused).</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || !Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        if (uri.UserInfo.Length > 0 || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0) return null;
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return $"{uri.Scheme}://{uri.IdnHost.ToLowerInvariant()}{port}";
    }
}
