using System.Net;
using System.Text.Json;
using System.Xml;
using SearchPortal.Web.Tests.Exports;

namespace SearchPortal.Web.Tests.Hardening;

/// <summary>
/// Issue 13, findings 2 and 5 end to end: articles ingested with control characters and javascript: URLs
/// break neither the Atom feed nor any link.
/// </summary>
public sealed class HostileContentTests(HostileContentTests.Portal portal) : IClassFixture<HostileContentTests.Portal>
{
    public sealed class Portal : IDisposable
    {
        public ExportPortal App { get; } = new([
            new("esc", "Caso\u001b[2J de trata\u000b en Loreto\u0000", "La fiscalía investiga un caso de trata\u0007 de personas\u2028en Iquitos.\u000c",
                "2024-05-01", "javascript:alert(1)"),
            new("tab", "Otro caso de trata", "La policía rescató a víctimas de trata de personas en Loreto.", "2024-04-01", "java\tscript:alert(1)"),
            new("data", "Tercer caso de trata", "Víctimas de trata de personas en Iquitos.", "2024-03-01", " data:text/html,<script>alert(1)</script>"),
        ]);

        public void Dispose() => App.Dispose();
    }

    [Fact]
    public async Task Feed_ArticlesIngestedWithControlCharacters_IsWellFormedAtom()
    {
        // Act
        var response = await portal.App.CreateClient().GetAsync("/feed.atom");
        var xml = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(new StringReader(xml));
        while (reader.Read())
        {
        }
        Assert.Contains("Caso[2J de trata\n en Loreto", xml);
    }

    [Fact]
    public async Task Pages_ArticlesIngestedWithScriptUrls_LinkNoScript()
    {
        // Arrange
        var client = portal.App.CreateClient();
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=trata"));
        var keys = search.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("key").GetString()).ToList();

        // Act
        var pages = new List<string> { await client.GetStringAsync("/?q=trata"), await client.GetStringAsync("/api/export?format=ris&q=trata") };
        foreach (var key in keys) pages.Add(await client.GetStringAsync($"/articles/{key}"));

        // Assert
        Assert.Equal(3, keys.Count);
        Assert.All(search.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Equal(JsonValueKind.Null, h.GetProperty("url").ValueKind));
        Assert.All(pages, page => Assert.DoesNotContain("script:", page, StringComparison.OrdinalIgnoreCase));
        Assert.All(pages, page => Assert.DoesNotContain("data:text", page, StringComparison.OrdinalIgnoreCase));
    }
}
