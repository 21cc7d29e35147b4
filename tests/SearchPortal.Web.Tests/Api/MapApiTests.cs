using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using SearchPortal.Web.Tests.Fixtures;
using SearchPortal.Web.Tests.Maps;

namespace SearchPortal.Web.Tests.Api;

public sealed class MapApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Map_SearchParameters_ReturnsAStandaloneSvgWithTheFacetCounts()
    {
        // Arrange
        var client = portal.CreateClient();
        const string query = "?q=trafficking&region=Peru";
        var facets = await ApiFacets.RegionCountsAsync(client, query);

        // Act
        var response = await client.GetAsync("/api/map" + query + "&hl=es");
        var svg = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.Contains("X-SearchPortal-Index-Generation"));
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("img", root.Attribute("role")!.Value);
        Assert.Equal("Artículos por región: Perú", root.Elements().First().Value);
        Assert.DoesNotContain("<a ", svg);
        var counts = MapReading.FromSvg(svg);
        Assert.Equal(MapSamples.Peru.Regions.Count, counts.Count);
        Assert.All(counts, c => Assert.Equal(facets.GetValueOrDefault(c.Key), c.Value));
        Assert.True(counts["Peru/Tacna"] > 0);
    }

    [Fact]
    public async Task Map_LanguageInCapitals_DrawsItLikeTheOtherRoutes()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/api/map?q=trafficking&region=Peru&hl=ES");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal("Artículos por región: Perú", root.Elements().First().Value);
    }

    [Theory]
    [InlineData("?size=1000", "size")]
    [InlineData("?page=0", "page")]
    [InlineData("?hl=fr", "hl")]
    [InlineData("?yearFrom=2015&yearTo=2010", "yearFrom")]
    [InlineData("?region=Atlantis", "filters")]
    [InlineData("?v=latest", "v")]
    public async Task Map_BadParameter_Returns400ProblemNamingIt(string query, string parameter)
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/api/map" + query);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Map_QueryOverLimit_Returns400LikeTheSearch()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/api/map?q=" + new string('a', 1001));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the limit is 1000", await response.Content.ReadAsStringAsync());
    }
}
