using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Web.Tests.Exports;

public sealed class PinnedPermalinkTests
{
    private static readonly ExportPortal.Article[] Replacement =
    [
        new("new-1", "Trafficking ring dismantled in Tumbes", "Police dismantled a trafficking ring in Tumbes.", "2024-03-01"),
        new("new-2", "Border trafficking in Tacna", "Prosecutors charged five people with trafficking in Tacna.", "2024-04-02"),
    ];

    [Fact]
    public async Task Permalink_AfterRebuildWithDifferentContent_ReproducesTheResultSet()
    {
        // Arrange
        using var portal = new ExportPortal();
        var client = portal.CreateClient();
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/?q=trafficking"));
        var permalink = page.QuerySelector("nav.exports a[rel=bookmark]")!.GetAttribute("href")!;
        var before = await SearchAsync(client, "/api/search?q=trafficking&size=100");
        var pinned = before.Generation;
        portal.Rebuild(Replacement);

        // Act
        var current = await SearchAsync(client, "/api/search?q=trafficking&size=100");
        var reproduced = await SearchAsync(client, $"/api/search?q=trafficking&size=100&v={pinned}");
        var permalinkPage = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(permalink));
        var export = await client.GetAsync($"/api/export?format=jsonl&q=trafficking&v={pinned}");

        // Assert
        Assert.Equal($"/?q=trafficking&v={pinned}", permalink);
        Assert.Equal(5, before.Ids.Count);
        Assert.NotEqual(pinned, current.Generation);
        Assert.Equal(["Border trafficking in Tacna", "Trafficking ring dismantled in Tumbes"], current.Titles.Order());
        Assert.Equal(before.Ids, reproduced.Ids);
        Assert.Equal(pinned, reproduced.Generation);
        Assert.Equal(before.Titles, permalinkPage.QuerySelectorAll("li.hit h3").Select(h => h.TextContent.Trim()));
        Assert.Null(permalinkPage.QuerySelector(".pinned-gone"));
        var exported = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.Equal(before.Ids, exported);
        Assert.Equal(pinned.ToString(), export.Headers.GetValues("X-SearchPortal-Index-Generation").Single());
    }

    [Fact]
    public async Task Permalink_CommitGone_ApiAnswers410AndPageShowsCurrentResultsWithNotice()
    {
        // Arrange
        using var portal = new ExportPortal();
        var client = portal.CreateClient();
        var pinned = (await SearchAsync(client, "/api/search?q=trafficking")).Generation;
        long current = 0;
        for (var i = 0; i < KeepRecentBuildsDeletionPolicy.DefaultBuilds; i++) current = portal.Rebuild(Replacement);

        // Act
        var search = await client.GetAsync($"/api/search?q=trafficking&v={pinned}");
        var export = await client.GetAsync($"/api/export?format=csv&q=trafficking&v={pinned}");
        var pageResponse = await client.GetAsync($"/?q=trafficking&v={pinned}");
        var page = await new HtmlParser().ParseDocumentAsync(await pageResponse.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.Gone, search.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, export.StatusCode);
        using var problem = JsonDocument.Parse(await search.Content.ReadAsStringAsync());
        Assert.Equal(pinned, problem.RootElement.GetProperty("generation").GetInt64());
        Assert.Equal(current, problem.RootElement.GetProperty("currentGeneration").GetInt64());
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Contains($"index version {pinned}", page.QuerySelector(".pinned-gone")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("li.hit").Length);
        Assert.Equal($"/?q=trafficking&v={current}", page.QuerySelector("nav.exports a[rel=bookmark]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task FacetValues_PinnedGeneration_CountsThePinnedIndexUntilItIsGone()
    {
        // Arrange
        using var portal = new ExportPortal();
        var client = portal.CreateClient();
        var pinned = (await SearchAsync(client, "/api/search?q=trafficking")).Generation;
        var before = await YearsAsync(client, "/api/facets/year?q=trafficking");
        portal.Rebuild(Replacement);

        // Act
        var current = await YearsAsync(client, "/api/facets/year?q=trafficking");
        var reproduced = await YearsAsync(client, $"/api/facets/year?q=trafficking&v={pinned}");
        for (var i = 1; i < KeepRecentBuildsDeletionPolicy.DefaultBuilds; i++) portal.Rebuild(Replacement);
        var gone = await client.GetAsync($"/api/facets/year?q=trafficking&v={pinned}");

        // Assert
        Assert.DoesNotContain("2024", before.Years);
        Assert.Equal(["2024"], current.Years);
        Assert.Equal(before.Years, reproduced.Years);
        Assert.Equal(pinned, reproduced.Generation);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    [Fact]
    public async Task Search_PinnedToCurrentGeneration_AnswersLikeUnpinned()
    {
        // Arrange
        using var portal = new ExportPortal();
        var client = portal.CreateClient();
        var unpinned = await SearchAsync(client, "/api/search?q=mining");

        // Act
        var pinned = await SearchAsync(client, $"/api/search?q=mining&v={unpinned.Generation}");

        // Assert
        Assert.Equal(unpinned.Ids, pinned.Ids);
    }

    private static async Task<(long Generation, List<string> Years)> YearsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (long.Parse(response.Headers.GetValues("X-SearchPortal-Index-Generation").Single()),
            json.RootElement.EnumerateArray().Select(v => v.GetProperty("value").GetString()!).Order().ToList());
    }

    private static async Task<(long Generation, List<string> Ids, List<string> Titles)> SearchAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        return (long.Parse(response.Headers.GetValues("X-SearchPortal-Index-Generation").Single()),
            hits.Select(h => h.GetProperty("id").GetString()!).ToList(),
            hits.Select(h => h.GetProperty("title").GetString()!).ToList());
    }
}
