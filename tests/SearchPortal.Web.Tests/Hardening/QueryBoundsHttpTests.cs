using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Hardening;

/// <summary>
/// Issue 13, finding 1: a wildcard whose automaton would explode (x*a followed by ? signs) is refused before it
/// runs: the API answers 400 naming q, the pages show a notice and search the plain words.
/// </summary>
public sealed class QueryBoundsHttpTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Exploding = "mining*a????????????";

    private static readonly string Q = Uri.EscapeDataString(Exploding);

    [Theory]
    [InlineData("/api/search?q=")]
    [InlineData("/api/facets/region?q=")]
    [InlineData("/api/export?format=csv&q=")]
    [InlineData("/feed.atom?q=")]
    [InlineData("/api/articles/" + TestPartners.PiuraArticleKey + "?q=")]
    public async Task Api_ExplodingWildcard_Returns400NamingQ(string path)
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync(path + Q);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = json.RootElement.GetProperty("errors").GetProperty("q")[0].GetString();
        Assert.Contains("13 wildcards", reason);
    }

    [Theory]
    [InlineData("/?q=", "Searched for the words instead: mining a")]
    [InlineData("/embed?partner=loreto-ngo&q=", "Searched for the words instead: mining a")]
    [InlineData("/articles/" + TestPartners.PiuraArticleKey + "?q=", "Its plain words are marked instead.")]
    public async Task Page_ExplodingWildcard_ShowsNoticeAndSearchesThePlainWords(string path, string notice)
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync(path + Q);
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("13 wildcards", html);
        Assert.Contains(notice, html);
        Assert.Contains("<mark>", html);
    }
}
