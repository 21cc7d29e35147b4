using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Exports;

public sealed class ArticleCitationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ArticlePage_DatedArticle_ShowsApaAndChicagoCitations()
    {
        // Arrange
        var key = await KeyAsync("author%3Acawley");

        // Act
        var page = await PageAsync($"/articles/{key}");

        // Assert
        var citations = page.QuerySelectorAll("section.cite .citation").Select(c => c.TextContent).ToList();
        Assert.Equal(
        [
            $"Cawley, M. (2013, September 24). Peru Rescues 2,000 Human Trafficking Victims in 2 Years. InSight Crime. http://localhost/articles/{key}",
            $"Cawley, Marguerite. \u201CPeru Rescues 2,000 Human Trafficking Victims in 2 Years.\u201D InSight Crime, September 24, 2013. http://localhost/articles/{key}.",
        ], citations);
    }

    [Fact]
    public async Task ArticlePage_UndatedArticleWithoutOutlet_CitesNoDate()
    {
        // Arrange
        var key = await KeyAsync("Nunovero");

        // Act
        var page = await PageAsync($"/articles/{key}");

        // Assert
        var citations = page.QuerySelectorAll("section.cite .citation").Select(c => c.TextContent).ToList();
        Assert.StartsWith("Ermelinda. (n.d.). In 2017 There Were", citations[0]);
        Assert.Contains("\u201D n.d. http://localhost/articles/", citations[1]);
    }

    [Theory]
    [InlineData("RIS", "application/x-research-info-systems", "TY  - NEWS")]
    [InlineData("BibTeX", "application/x-bibtex", "@article{")]
    public async Task ArticlePage_DownloadLink_ServesTheArticleReference(string label, string mediaType, string content)
    {
        // Arrange
        var key = await KeyAsync("author%3Acawley");
        var page = await PageAsync($"/articles/{key}");
        var link = page.QuerySelectorAll("section.cite a[download]").Single(a => a.TextContent == label).GetAttribute("href")!;

        // Act
        var response = await portal.CreateClient().GetAsync(link);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("cawley2013peru-", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains(content, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ArticlePage_MoreLikeThis_LinksEveryOtherSeedArticle()
    {
        // Arrange
        var key = await KeyAsync("author%3Acawley");
        using var all = JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/api/search?size=10"));
        var others = all.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("key").GetString()!).Where(k => k != key).Select(k => $"/articles/{k}").Order().ToList();

        // Act
        var page = await PageAsync($"/articles/{key}");

        // Assert: up to five similar articles, and the five seeds all share their vocabulary, so the four others.
        var links = page.QuerySelectorAll("section.similar li a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(4, others.Count);
        Assert.Equal(others, links.Order());
        foreach (var link in links) Assert.Equal(HttpStatusCode.OK, (await portal.CreateClient().GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task ArticlePage_Spanish_LabelsTheCitationBoxInSpanish()
    {
        // Arrange
        var key = await KeyAsync("author%3Acawley");
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("es"));

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync($"/articles/{key}"));

        // Assert
        Assert.Equal("Citar este artículo", page.QuerySelector("#cite-heading")!.TextContent);
        Assert.Equal("Artículos similares", page.QuerySelector("#similar-heading")!.TextContent);
    }

    private async Task<string> KeyAsync(string query)
    {
        using var json = JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/api/search?q=" + query));
        return json.RootElement.GetProperty("hits").EnumerateArray().Single().GetProperty("key").GetString()!;
    }

    private async Task<IDocument> PageAsync(string url) =>
        await new HtmlParser().ParseDocumentAsync(await portal.CreateClient().GetStringAsync(url));
}
