using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Exports;

public sealed class ExportMenuTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SearchPage_Results_OfferEveryExportPinnedToThePageVersion()
    {
        // Arrange
        var client = portal.CreateClient();
        var generation = (await client.GetAsync("/api/search")).Headers.GetValues("X-SearchPortal-Index-Generation").Single();

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/?q=mining&region=Peru&sort=oldest&page=1&size=2"));

        // Assert
        var links = page.QuerySelectorAll("nav.exports a[download]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(
            ["csv", "jsonl", "ris", "bibtex", "csljson", "csvsemicolon"],
            links.Select(l => l.Split("format=")[1].Split('&')[0]));
        Assert.All(links, l => Assert.StartsWith("/api/export?q=mining&region=Peru&sort=oldest&format=", l));
        Assert.All(links, l => Assert.EndsWith("&v=" + generation, l));
        Assert.All(links, l => Assert.DoesNotContain("size=", l));
        Assert.Equal("/?q=mining&region=Peru&sort=oldest&v=" + generation, page.QuerySelector("nav.exports a[rel=bookmark]")!.GetAttribute("href"));
        Assert.Equal("/feed.atom?q=mining&region=Peru", page.QuerySelector("nav.exports a[type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SearchPage_CsvExportLink_DownloadsTheWholeResultSet()
    {
        // Arrange
        var client = portal.CreateClient();
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/?q=trafficking&size=2"));
        var csv = page.QuerySelectorAll("nav.exports a[download]").First().GetAttribute("href")!;

        // Act
        var response = await client.GetAsync(csv);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, ExportedTitles.Read("csv", await response.Content.ReadAsStringAsync()).Count);
    }

    [Fact]
    public async Task SearchPage_Spanish_LabelsTheExportMenuInSpanish()
    {
        // Arrange
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("es"));

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/?q=mining"));

        // Assert
        var menu = page.QuerySelector("nav.exports")!;
        Assert.Equal("Exportar", menu.GetAttribute("aria-label"));
        Assert.Equal("Enlace permanente", menu.QuerySelector("a[rel=bookmark]")!.TextContent);
        Assert.Equal("Canal Atom", menu.QuerySelector("a[type='application/atom+xml']")!.TextContent);
    }

    [Fact]
    public async Task SearchPage_MalformedVersion_Returns400WithReason()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/?q=mining&v=latest");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("v must be an index generation", await response.Content.ReadAsStringAsync());
    }
}
