using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Api;

public sealed class FacetFilterApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<JsonElement> Get(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static int Count(JsonElement values, string value) =>
        values.EnumerateArray().Where(v => v.GetProperty("value").GetString() == value).Select(v => v.GetProperty("count").GetInt32()).SingleOrDefault();

    [Fact]
    public async Task Search_RegionFilter_ReturnsOnlyArticlesTaggedThere()
    {
        // Act
        var root = await Get("/api/search?region=" + Uri.EscapeDataString("Peru/Piura"));

        // Assert
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.Equal("001_fbd88c08038e2387.txt", root.GetProperty("hits")[0].GetProperty("source").GetString());
    }

    [Fact]
    public async Task Search_TwoRegionsSelected_OrsWithinDimensionAndCountsSideways()
    {
        // Act
        var root = await Get("/api/search?region=" + Uri.EscapeDataString("Peru/Piura") + "&region=" + Uri.EscapeDataString("Peru/Madre de Dios/Tambopata"));

        // Assert
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        var peru = root.GetProperty("facets").GetProperty("region").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "Peru");
        var departments = peru.GetProperty("children");
        Assert.Equal(2, Count(departments, "Peru/Tacna"));
        Assert.Equal(5, Count(departments, "Peru/Madre de Dios"));
    }

    [Fact]
    public async Task Search_FilterAcrossDimensions_AndsThemAndKeepsOwnDimensionCounts()
    {
        // Act
        var root = await Get("/api/search?q=trafficking&year=2014&year=2020&lang=en&crime=" + Uri.EscapeDataString("Illegal mining"));

        // Assert: the 2020 seed mentions illegal mining once in passing, so only the 2014 seed is about it.
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var years = root.GetProperty("facets").GetProperty("year");
        Assert.Equal(1, Count(years, "2011"));
        Assert.False(years[0].TryGetProperty("children", out _));
    }

    [Fact]
    public async Task Search_YearRange_KeepsArticlesInsideRange()
    {
        // Act
        var root = await Get("/api/search?yearFrom=2012&yearTo=2015");

        // Assert
        var years = root.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("year").GetInt32()).Order().ToList();
        Assert.Equal([2013, 2014], years);
    }

    [Theory]
    [InlineData("region=Atlantis")]
    [InlineData("crime=Piracy")]
    [InlineData("year=1850")]
    public async Task Search_UnknownFacetValue_Returns400WithReason(string parameter)
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/api/search?" + parameter);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter.Split('=')[1], json.RootElement.GetProperty("errors").GetProperty("filters")[0].GetString());
    }

    [Fact]
    public async Task FacetValues_PrefixWithoutAccent_FindsAccentedRegion()
    {
        // Act
        var root = await Get("/api/facets/region?prefix=madre");

        // Assert
        var values = root.EnumerateArray().Select(v => v.GetProperty("value").GetString()).ToList();
        Assert.Contains("Peru/Madre de Dios", values);
        Assert.Equal(5, Count(root, "Peru/Madre de Dios"));
    }

    [Fact]
    public async Task FacetValues_UnknownDimension_Returns400()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/api/facets/colour?prefix=r");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unknown facet dimension", await response.Content.ReadAsStringAsync());
    }
}
