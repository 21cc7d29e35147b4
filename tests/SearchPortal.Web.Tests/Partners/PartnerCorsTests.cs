using System.Net;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Partners;

public sealed class PartnerCorsTests(PartnerPortalFactory portal) : IClassFixture<PartnerPortalFactory>
{
    [Theory]
    [InlineData(TestPartners.PiuraOrigin)]
    [InlineData(TestPartners.TambopataSecondOrigin)]
    [InlineData("https://ngo.example")]
    public async Task Search_PartnerOrigin_GetsCorsGrant(string origin)
    {
        // Arrange
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", origin);

        // Act
        var response = await client.GetAsync("/api/search?q=mining");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(origin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("https://piura.example.evil.example")]
    [InlineData("http://piura.example")]
    [InlineData("null")]
    public async Task Search_UnknownOrigin_GetsNoCorsGrant(string origin)
    {
        // Arrange
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", origin);

        // Act
        var response = await client.GetAsync("/api/search?q=mining");

        // Assert
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData(TestPartners.PiuraOrigin, true)]
    [InlineData("https://evil.example", false)]
    public async Task Preflight_Origin_GrantedOnlyToPartners(string origin, bool granted)
    {
        // Arrange
        var client = portal.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/search?q=mining");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");

        // Act
        var response = await client.SendAsync(preflight);

        // Assert
        Assert.Equal(granted, response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Healthz_PartnerOrigin_GetsNoCorsGrant()
    {
        // Arrange
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", TestPartners.PiuraOrigin);

        // Act
        var response = await client.GetAsync("/healthz");

        // Assert
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
