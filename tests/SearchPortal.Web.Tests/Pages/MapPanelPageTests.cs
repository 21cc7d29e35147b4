using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using SearchPortal.Web.Tests.Fixtures;
using SearchPortal.Web.Tests.Maps;

namespace SearchPortal.Web.Tests.Pages;

public sealed class MapPanelPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SearchPage_NoRegionFilter_ShowsTheCountriesAsLinksThatTickTheirFilter()
    {
        // Arrange
        var client = portal.CreateClient();
        var facets = await ApiFacets.RegionCountsAsync(client, "?q=mining");

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/?q=mining"));

        // Assert
        var map = page.QuerySelector("#map svg.sp-map[role=group]");
        Assert.NotNull(map);
        Assert.Null(page.QuerySelector("#map .map-back"));
        var peru = page.QuerySelector("#map a.sp-map-region:has(path[data-region='Peru'])")!;
        Assert.Equal("/?q=mining&region=Peru", peru.GetAttribute("href"));
        Assert.Equal($"Peru: {facets["Peru"]} articles", peru.GetAttribute("aria-label"));
        Assert.Equal(peru.GetAttribute("aria-label"), peru.QuerySelector("title")!.TextContent);
        Assert.Null(page.QuerySelector("#map path[data-region='Peru/Lima']"));
    }

    [Fact]
    public async Task SearchPage_NoRegionCountedAnywhere_ShowsNoMapPanel()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/?q=zzzznomatch"));

        // Assert: an all-grey map of nothing is left out; the search page itself is there.
        Assert.NotNull(page.QuerySelector("input[name=q]"));
        Assert.Null(page.QuerySelector("#map"));
    }

    [Fact]
    public async Task SearchPage_PeruSelected_ZoomsToItsDepartmentsWhoseLinksReplacePeru()
    {
        // Arrange
        var client = portal.CreateClient();
        var facets = await ApiFacets.RegionCountsAsync(client, "?q=mining&region=Peru");

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/?q=mining&region=Peru"));

        // Assert
        var counts = MapReading.FromPage(page);
        Assert.Equal(MapSamples.Peru.Regions.Count, page.QuerySelectorAll("#map path[data-region^='Peru/']").Length);
        Assert.All(facets.Where(f => f.Key.StartsWith("Peru/", StringComparison.Ordinal) && f.Key.Count(c => c == '/') == 1),
            f => Assert.Equal(f.Value, counts[f.Key]));
        var madre = page.QuerySelector("#map a:has(path[data-region='Peru/Madre de Dios'])")!;
        Assert.Equal("/?q=mining&region=Peru%2FMadre%20de%20Dios", madre.GetAttribute("href"));
        Assert.Equal("/?q=mining", page.QuerySelector("#map .map-back a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SearchPage_DepartmentSelected_MarksItCurrentAndItsLinkPutsPeruBack()
    {
        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await portal.CreateClient().GetStringAsync("/?region=Peru%2FMadre%20de%20Dios"));

        // Assert
        var madre = page.QuerySelector("#map a[aria-current=true]:has(path[data-region='Peru/Madre de Dios'])")!;
        Assert.EndsWith("(active filter)", madre.GetAttribute("aria-label"));
        Assert.Equal("/?region=Peru", madre.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#map .sp-map-selection"));
    }

    [Fact]
    public async Task SearchPage_Spanish_NamesTheMapAndItsRegionsInSpanish()
    {
        // Arrange
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("es"));

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/?region=Peru"));

        // Assert
        Assert.Equal("Mapa de los resultados", page.QuerySelector("#map h2")!.TextContent);
        Assert.Equal("Todos los países", page.QuerySelector("#map .map-back a")!.TextContent.TrimStart('←', ' '));
        Assert.Matches(@"^Madre de Dios: \d+ artículos?$", page.QuerySelector("#map a:has(path[data-region='Peru/Madre de Dios'])")!.GetAttribute("aria-label"));
        Assert.Equal("Mapa (SVG)", page.QuerySelector("nav.exports a[type='image/svg+xml']")!.TextContent);
    }

    [Fact]
    public async Task SearchPage_ExportMenu_OffersTheMapPinnedToThePageVersion()
    {
        // Arrange
        var client = portal.CreateClient();
        var generation = (await client.GetAsync("/api/search")).Headers.GetValues("X-SearchPortal-Index-Generation").Single();

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/?q=mining&region=Peru&page=1&size=2"));
        var href = page.QuerySelector("nav.exports a[type='image/svg+xml']")!.GetAttribute("href")!;
        var answer = await client.GetAsync(href);

        // Assert
        Assert.Equal("/api/map?q=mining&region=Peru&hl=en&v=" + generation, href);
        Assert.Equal("image/svg+xml", answer.Content.Headers.ContentType!.MediaType);
    }
}
