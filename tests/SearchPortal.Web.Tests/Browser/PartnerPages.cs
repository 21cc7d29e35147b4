using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>
/// The partner site's pages: the embed inline and in tab mode, the iframe, and a stylesheet that tries to
/// break the box (it must not reach into the Shadow DOM) and themes it through the documented custom properties.
/// </summary>
public static class PartnerPages
{
    public const string ThemeAccent = "rgb(139, 30, 63)";

    private const string HostileCss = """
        * { font-family: "Courier New", monospace !important; color: #c00 !important; }
        input, button, label, mark, ol, li { display: none !important; }
        a { text-decoration: line-through !important; }
        body { letter-spacing: .3em; word-spacing: .6em; text-transform: uppercase; }
        .partner-box { --sp-accent: rgb(139, 30, 63); --sp-radius: 0; --sp-font: Georgia, serif; max-width: 40rem; }
        """;

    public static (string ContentType, string Body)? Render(string path, string portal) => path switch
    {
        "/partner.css" => ("text/css", HostileCss),
        "/inline.html" => Html("en", "Partner NGO — inline search", $"""
            <div class="partner-box" data-searchportal data-partner="{BrowserFixture.PartnerKey}" data-results="inline" data-lang="en"></div>
            <script src="{portal}/embed.js" async></script>
            """),
        "/tab.html" => Html("es", "ONG socia — búsqueda en el portal", $"""
            <script src="{portal}/embed.js" async></script>
            <div class="partner-box" data-searchportal data-partner="{BrowserFixture.PartnerKey}"></div>
            """),
        "/map.html" => Html("es", "ONG socia — búsqueda con mapa", $"""
            <div class="partner-box" data-searchportal data-partner="{BrowserFixture.PartnerKey}" data-results="inline" data-map="on"></div>
            <script src="{portal}/embed.js" async></script>
            """),
        "/iframe.html" => Html("en", "Partner NGO — iframe search", $"""
            <iframe src="{portal}/embed?partner={BrowserFixture.PartnerKey}&amp;q=mining" title="SearchPortal search" width="700" height="420"></iframe>
            """),
        "/inline-es.html" => Html("es", "ONG socia — búsqueda en la página", $"""
            <div class="partner-box" data-searchportal data-partner="{BrowserFixture.PartnerKey}" data-results="inline" data-lang="es"></div>
            <script src="{portal}/embed.js" async></script>
            """),
        "/iframe-documented.html" => Html("es", "ONG socia — iframe", DocumentedIframe(portal)),
        _ => null,
    };

    /// <summary>The iframe snippet of EMBEDDING.md as a partner copies it, pointed at the test portal and partner.</summary>
    private static string DocumentedIframe(string portal)
    {
        var guide = File.ReadAllText(Path.Combine(PortalFactory.RepoRoot, "src", "SearchPortal.Web", "Embed", "EMBEDDING.md"));
        var snippet = guide.Split('\n').Single(l => l.StartsWith("<iframe", StringComparison.Ordinal));
        return snippet.Replace("https://PORTAL", portal, StringComparison.Ordinal).Replace("loreto-ngo", BrowserFixture.PartnerKey, StringComparison.Ordinal);
    }

    private static (string, string) Html(string lang, string title, string body) => ("text/html; charset=utf-8", $"""
        <!DOCTYPE html>
        <html lang="{lang}">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><link rel="stylesheet" href="/partner.css"></head>
        <body>
        <h1>{title}</h1>
        {body}
        </body>
        </html>
        """);
}
