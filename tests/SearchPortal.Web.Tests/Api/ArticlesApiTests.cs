using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Api;

public sealed class ArticlesApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<string> KeyOf(string source)
    {
        using var json = JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/api/search?size=10"));
        return json.RootElement.GetProperty("hits").EnumerateArray()
            .Single(h => h.GetProperty("source").GetString() == source).GetProperty("key").GetString()!;
    }

    [Fact]
    public async Task GetArticle_KnownKeyWithQuery_ReturnsTextWithMarkedPhrase()
    {
        // Arrange
        var key = await KeyOf("003_fb3c613a66e68c64.txt");

        // Act
        using var json = JsonDocument.Parse(await portal.CreateClient().GetStringAsync($"/api/articles/{key}?q=%22illegal+mining%22"));

        // Assert
        var root = json.RootElement;
        Assert.Equal("InSight Crime", root.GetProperty("article").GetProperty("outlet").GetString());
        Assert.Contains("<mark>illegal mining</mark>", root.GetProperty("textHtml").GetString());
    }

    [Theory]
    [InlineData("0000000000000000")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("not-a-key")]
    [InlineData("%3Cscript%3E")]
    public async Task GetArticle_UnknownOrJunkKey_Returns404(string key)
    {
        // Act
        var api = await portal.CreateClient().GetAsync($"/api/articles/{key}");
        var page = await portal.CreateClient().GetAsync($"/articles/{key}");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }
}
