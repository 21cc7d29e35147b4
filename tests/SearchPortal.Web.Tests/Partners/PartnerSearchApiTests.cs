using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Partners;

public sealed class PartnerSearchApiTests(PartnerPortalFactory portal) : IClassFixture<PartnerPortalFactory>
{
    [Fact]
    [Trait("DependsOn", "facet-filtering")]
    public async Task Search_PartnerOriginWithoutFilters_ReturnsOnlyInScopeHits()
    {
        // Arrange
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", TestPartners.PiuraOrigin);

        // Act
        using var json = await GetJsonAsync(client, "/api/search?q=mining&size=20");

        // Assert
        TestPartners.AssertOnlyPiura(json.RootElement);
    }

    [Fact]
    [Trait("DependsOn", "facet-filtering")]
    public async Task Search_PartnerParameterWithOutOfScopeRegion_StaysInScopeWithNotice()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        using var json = await GetJsonAsync(client, $"/api/search?q=mining&size=20&partner={TestPartners.PiuraKey}&region=Brazil");

        // Assert
        TestPartners.AssertOnlyPiura(json.RootElement);
        Assert.Contains(json.RootElement.GetProperty("notices").EnumerateArray(),
            n => n.GetString()!.Contains("'region=Brazil' is outside the scope of Piura NGO", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("DependsOn", "facet-filtering")]
    public async Task Search_PartnerScopeOnARegion_CountsRegionsInsideTheScopeOnly()
    {
        // Arrange: the scope fixes region=Peru/Piura; the region facet is counted sideways (as if its selection were absent).
        var client = portal.CreateClient();

        // Act
        using var json = await GetJsonAsync(client, $"/api/search?q=mining&size=20&partner={TestPartners.PiuraKey}");

        // Assert: every region count stays inside the scope's one hit, not the 5 the seeds hold for Peru.
        TestPartners.AssertOnlyPiura(json.RootElement);
        var regions = json.RootElement.GetProperty("facets").GetProperty("region").EnumerateArray().ToList();
        var peru = Assert.Single(regions);
        Assert.Equal("Peru", peru.GetProperty("value").GetString());
        Assert.Equal(1, peru.GetProperty("count").GetInt32());
        Assert.All(peru.GetProperty("children").EnumerateArray(), d => Assert.Equal(1, d.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Search_OriginThatIsNoPartner_IsNotScoped()
    {
        // Arrange
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", "https://elsewhere.example");

        // Act
        using var json = await GetJsonAsync(client, "/api/search?q=mining&size=20");

        // Assert
        Assert.Equal(5, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_UnknownPartner_Returns400WithReason()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync("/api/search?q=mining&partner=nobody");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Unknown partner 'nobody'", json.RootElement.GetProperty("errors").GetProperty("partner")[0].GetString());
    }

    [Fact]
    public async Task Search_PartnerKeyOfAnotherOrigin_Returns400WithReason()
    {
        // Arrange
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", TestPartners.PiuraOrigin);

        // Act
        var response = await client.GetAsync($"/api/search?q=mining&partner={TestPartners.TambopataKey}");
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"belongs to partner '{TestPartners.PiuraKey}'", body);
    }

    [Fact]
    public async Task Search_AnyRequest_VariesByOrigin()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync("/api/search?q=mining");

        // Assert
        Assert.Contains("Origin", response.Headers.Vary);
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
