using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SearchPortal.Web.Security;
using SearchPortal.Web.Tests.Exports;

namespace SearchPortal.Web.Tests.Security;

public sealed class LinkUrlsTests(LinkUrlsTests.Portal portal) : IClassFixture<LinkUrlsTests.Portal>
{
    private static readonly string[] Hostile =
        ["javascript:alert(1)", "JaVaScRiPt:alert(2)", "java\tscript:alert(3)", "vbscript:msgbox(4)", "data:text/html,<script>alert(5)</script>", " javascript:alert(6)"];

    /// <summary>One article per hostile URL ("Enlace 0"…), and one with a plain https URL.</summary>
    public sealed class Portal() : IDisposable
    {
        public ExportPortal App { get; } = new(
            Hostile.Select((url, i) => new ExportPortal.Article($"bad-{i}", $"Enlace {i} sobre trata", "Un artículo sobre trata de personas en Loreto.", "2023-03-0" + (i + 1), url))
                .Append(new ExportPortal.Article("good", "Enlace bueno sobre trata", "Un artículo sobre trata de personas en Loreto.", "2023-04-01", "https://noticias.example.pe/bueno")));

        public void Dispose() => App.Dispose();
    }

    [Theory]
    [InlineData("https://noticias.example.pe/a?b=1#c", "https://noticias.example.pe/a?b=1#c")]
    [InlineData("HTTP://Example.org/", "HTTP://Example.org/")]
    [InlineData("  https://example.org/espacio  ", "https://example.org/espacio")]
    [InlineData("https://example.org/minería-ilegal", "https://example.org/minería-ilegal")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("JAVASCRIPT:alert(1)", null)]
    [InlineData("java\tscript:alert(1)", null)]
    [InlineData("\u0001javascript:alert(1)", null)]
    [InlineData("vbscript:msgbox(1)", null)]
    [InlineData("data:text/html,<script>alert(1)</script>", null)]
    [InlineData("ftp://example.org/file", null)]
    [InlineData("//evil.example/", null)]
    [InlineData("/articles/abc", null)]
    [InlineData("https:", null)]
    [InlineData("http://", null)]
    [InlineData("https://example.org/\u0000", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void HttpOrNull_Url_KeepsOnlyAbsoluteHttpAndHttps(string? url, string? expected)
    {
        // Act
        var link = LinkUrls.HttpOrNull(url);

        // Assert
        Assert.Equal(expected, link);
    }

    [Fact]
    public void HttpOrNull_LoneSurrogate_IsNoUrl()
    {
        // Arrange: built at run time, as attribute data cannot hold a lone surrogate.
        var url = "https://example.org/" + (char)0xD800;

        // Act
        var link = LinkUrls.HttpOrNull(url);

        // Assert
        Assert.Null(link);
    }

    [Fact]
    public async Task ArticlePage_HostileUrls_AreNeitherLinkedNorCited()
    {
        // Arrange
        var client = portal.App.CreateClient();
        var keys = await KeysByTitle(client);

        foreach (var i in Enumerable.Range(0, Hostile.Length))
        {
            var key = keys[$"Enlace {i} sobre trata"];

            // Act
            var html = await client.GetStringAsync("/articles/" + key);
            var page = await new HtmlParser().ParseDocumentAsync(html);

            // Assert
            Assert.Null(page.QuerySelector("p.source a"));
            Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.Matches("^(/|#|https?://)", a.GetAttribute("href")!.Trim()));
            using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
            Assert.Equal("http://localhost/articles/" + key, jsonLd.RootElement.GetProperty("url").GetString());
            Assert.All(page.QuerySelectorAll("p.citation"), p => Assert.EndsWith("http://localhost/articles/" + key, p.TextContent.TrimEnd('.')));
            Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ArticlePage_HttpsUrl_IsLinkedAndCited()
    {
        // Arrange
        var client = portal.App.CreateClient();
        var key = (await KeysByTitle(client))["Enlace bueno sobre trata"];

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/articles/" + key));

        // Assert
        Assert.Equal("https://noticias.example.pe/bueno", page.QuerySelector("p.source a")!.GetAttribute("href"));
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("https://noticias.example.pe/bueno", jsonLd.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Feed_HostileUrls_GetNoRelatedLink()
    {
        // Act
        var xml = XDocument.Parse(await portal.App.CreateClient().GetStringAsync("/feed.atom?q=enlace"));

        // Assert
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var related = xml.Root!.Elements(atom + "entry").SelectMany(e => e.Elements(atom + "link"))
            .Where(l => l.Attribute("rel")?.Value == "related").Select(l => l.Attribute("href")!.Value).ToList();
        Assert.Equal(["https://noticias.example.pe/bueno"], related);
    }

    private static async Task<Dictionary<string, string>> KeysByTitle(HttpClient client)
    {
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?size=100"));
        return search.RootElement.GetProperty("hits").EnumerateArray()
            .ToDictionary(h => h.GetProperty("title").GetString()!, h => h.GetProperty("key").GetString()!);
    }
}
