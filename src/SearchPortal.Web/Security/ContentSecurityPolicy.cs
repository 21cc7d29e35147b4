namespace SearchPortal.Web.Security;

/// <summary>
/// The portal's Content-Security-Policy: everything from the portal's own origin, no inline script or
/// style (so <c>&lt;script&gt;…&lt;/script&gt;</c> blocks and <c>style="…"</c> attributes are refused), no
/// plugins, forms posting only to the portal, and framing refused unless a page allows its ancestors.
/// Stateless and thread-safe.
/// </summary>
public static class ContentSecurityPolicy
{
    private const string Base =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>The policy with <c>frame-ancestors</c> set to <paramref name="ancestors"/>, or <c>'none'</c> when there are none.</summary>
    public static string For(IReadOnlyCollection<string> ancestors) =>
        $"{Base}; frame-ancestors {(ancestors.Count == 0 ? "'none'" : string.Join(' ', ancestors))}";
}
