using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Api;

public sealed class SearchApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] TopLevel = ["query", "total", "page", "size", "tookMs", "notices", "hits", "facets"];

    private static readonly string[] HitFields =
        ["id", "source", "title", "url", "outlet", "author", "published", "year", "language", "regions", "crimeTypes", "score", "snippets"];

    [Fact]
    public async Task Search_IllegalMiningPhrase_ReturnsContractDocumentWithFourHits()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync("/api/search?q=%22illegal+mining%22");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = json.RootElement;
        Assert.All(TopLevel, name => Assert.True(root.TryGetProperty(name, out _), name));
        Assert.Equal(4, root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.All(HitFields, name => Assert.True(hit.TryGetProperty(name, out _), name));
        Assert.Equal("en", hit.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("size=101", "size")]
    [InlineData("size=0", "size")]
    [InlineData("page=0", "page")]
    [InlineData("page=500&size=100", "page")]
    [InlineData("sort=best", "sort")]
    [InlineData("yearFrom=abc", "yearFrom")]
    [InlineData("yearFrom=2020&yearTo=2010", "yearFrom")]
    [InlineData("year=2015..&yearTo=2010", "filters")]
    [InlineData("year=2001&year=2002&year=2003&year=2004&year=2005&year=2006&year=2007&year=2008&year=2009&year=2010&year=2011&year=2012&year=2013&year=2014&year=2015&year=2016&year=2017&year=2018&year=2019&year=2020&year=2021&year=2022&year=2023&year=2024&year=2025&year=2026&year=2000&year=1999&year=1998&year=1997&year=1996&year=1995&year=1994&year=1993&year=1992&year=1991&year=1990&year=1989&year=1988&year=1987&year=1986&year=1985&year=1984&year=1983&year=1982&year=1981&year=1980&year=1979&year=1978&year=1977&year=1976", "filters")]
    public async Task Search_BadParameter_Returns400ProblemWithReason(string parameters, string field)
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync("/api/search?" + parameters);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var reasons = json.RootElement.GetProperty("errors").GetProperty(field);
        Assert.False(string.IsNullOrWhiteSpace(reasons[0].GetString()));
    }

    [Fact]
    public async Task Search_QueryOverLimit_Returns400()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync("/api/search?q=" + new string('a', 1001));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit is 1000", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_MalformedQuery_AnswersTheRepairedQueryWithNotice()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("\"illegal mining AND (("));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = json.RootElement.GetProperty("notices")[0].GetString();
        Assert.Equal("Searched for \"illegal mining AND ((\": the query as typed was incomplete.", notice);
        Assert.Equal(4, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Healthz_OpenIndex_ReportsDocumentCount()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        using var json = JsonDocument.Parse(await client.GetStringAsync("/healthz"));

        // Assert
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("documents").GetInt32());
    }
}
