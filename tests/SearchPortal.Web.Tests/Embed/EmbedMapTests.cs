using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SearchPortal.Web.Tests.Fixtures;
using SearchPortal.Web.Tests.Maps;

namespace SearchPortal.Web.Tests.Embed;

public sealed class EmbedMapTests(PartnerPortalFactory portal) : IClassFixture<PartnerPortalFactory>
{
    [Fact]
    public async Task Embed_MapOn_ShowsASmallMapOfTheScopedSearchsRegionFacetWithoutLinks()
    {
        // Arrange
        var client = portal.CreateClient();
        var facets = await ApiFacets.RegionCountsAsync(client, $"?q=mining&partner={TestPartners.PiuraKey}");

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync($"/embed?partner={TestPartners.PiuraKey}&q=mining&hl=es&map=on"));

        // Assert
        var svg = page.QuerySelector(".sp-map-box svg.sp-map")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Artículos por región: América Latina y el Caribe", svg.QuerySelector("title")!.TextContent);
        Assert.Empty(svg.QuerySelectorAll("a"));
        Assert.Equal(facets["Peru"], MapReading.CountIn(svg.QuerySelector("path[data-region='Peru'] > title")!.TextContent));
        Assert.Equal("on", page.QuerySelector("form input[name=map]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Embed_MapNotAskedFor_ShowsNoMap()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync($"/embed?partner={TestPartners.PiuraKey}&q=mining");

        // Assert
        Assert.DoesNotContain("<svg", html);
        Assert.DoesNotContain("name=\"map\"", html);
    }

    [Fact]
    public async Task MapApi_PartnerKey_DrawsTheScopedSearchsRegionFacet()
    {
        // Arrange
        var client = portal.CreateClient();
        var facets = await ApiFacets.RegionCountsAsync(client, $"?q=mining&partner={TestPartners.PiuraKey}");

        // Act
        var svg = await client.GetStringAsync($"/api/map?q=mining&partner={TestPartners.PiuraKey}");

        // Assert
        var counts = MapReading.FromSvg(svg);
        Assert.All(counts, c => Assert.Equal(facets.GetValueOrDefault(c.Key), c.Value));
        Assert.Equal(facets["Peru"], counts["Peru"]);
        Assert.Equal("svg", XDocument.Parse(svg).Root!.Name.LocalName);
    }
}
