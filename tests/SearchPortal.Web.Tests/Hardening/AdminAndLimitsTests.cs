using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Hardening;

public sealed class AdminDisabledTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("GET", "/admin/stats")]
    [InlineData("POST", "/admin/reindex")]
    public async Task Admin_NoKeyConfigured_IsNotThere(string method, string path)
    {
        // Act
        var response = await portal.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class AdminEnabledTests(AdminPortalFactory portal) : IClassFixture<AdminPortalFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Stats_MissingOrWrongKey_Returns401(string? key)
    {
        // Arrange
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/stats");
        if (key is not null) request.Headers.Add("X-Api-Key", key);

        // Act
        var response = await portal.CreateClient().SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Stats_ValidKey_ReportsIndexVersion()
    {
        // Arrange
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/stats");
        request.Headers.Add("X-Api-Key", AdminPortalFactory.Key);

        // Act
        var response = await portal.CreateClient().SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, json.RootElement.GetProperty("index").GetProperty("documents").GetInt32());
        Assert.Equal("idle", json.RootElement.GetProperty("reindex").GetProperty("state").GetString());
    }
}

public sealed class RateLimitTests(TightLimitPortalFactory portal) : IClassFixture<TightLimitPortalFactory>
{
    [Fact]
    public async Task Search_OverTheLimit_Returns429WithRetryAfterForPagesToo()
    {
        // Arrange
        var client = portal.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=peru")).StatusCode);

        // Act
        var response = await client.GetAsync("/api/search?q=peru");

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many requests", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/")).StatusCode);
    }
}
