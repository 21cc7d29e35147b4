using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace SearchPortal.Web.Tests.Exports;

public sealed class FeedTests(FeedTests.Portal portal) : IClassFixture<FeedTests.Portal>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>60 Spanish articles about trafficking in Loreto (every seventh undated) and 10 about elections.</summary>
    public sealed class Portal() : IDisposable
    {
        public ExportPortal App { get; } = new(
            Enumerable.Range(0, 60).Select(i => new ExportPortal.Article(
                $"trata-{i}", $"Caso {i} de trata de personas en Loreto",
                $"La fiscalía de Loreto investiga el caso {i} de trata de personas en Iquitos, Perú. Las víctimas fueron rescatadas por la policía.",
                i % 7 == 3 ? null : new DateOnly(2010 + i % 12, 1 + i % 12, 1 + i % 27).ToString("yyyy-MM-dd"),
                i % 2 == 0 ? $"https://noticias.example.pe/trata/{i}" : null))
            .Concat(Enumerable.Range(0, 10).Select(i => new ExportPortal.Article(
                $"voto-{i}", $"Elecciones regionales {i}", $"Los votantes de Piura eligen gobernador en la jornada {i}.", "2022-10-02"))));

        public void Dispose() => App.Dispose();
    }

    [Fact]
    public async Task Feed_Search_IsAtomThatSyndicationFeedReads()
    {
        // Act
        var response = await portal.App.CreateClient().GetAsync("/feed.atom?q=%22trata+de+personas%22");
        using var reader = XmlReader.Create(new StringReader(await response.Content.ReadAsStringAsync()));
        var feed = SyndicationFeed.Load(reader);
        var items = feed.Items.ToList();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("http://localhost/feed.atom?q=%22trata%20de%20personas%22", feed.Id);
        Assert.Equal("SearchPortal: \"trata de personas\"", feed.Title.Text);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == feed.Id);
        Assert.Equal(50, items.Count);
        Assert.Equal(items.Max(i => i.LastUpdatedTime), feed.LastUpdatedTime);
        Assert.All(items, item =>
        {
            Assert.Matches("^http://localhost/articles/[0-9a-f]{16}$", item.Id);
            Assert.Contains(item.Links, l => l.RelationshipType == "alternate" && l.Uri.ToString() == item.Id);
            Assert.StartsWith("Caso ", item.Title.Text);
            Assert.DoesNotContain("<mark>", ((TextSyndicationContent)item.Summary).Text);
        });
    }

    [Fact]
    public async Task Feed_Search_EntriesAreTheNewestFiftyHitsInOrder()
    {
        // Arrange
        var client = portal.App.CreateClient();
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=%22trata+de+personas%22&sort=newest&size=50"));
        var expected = search.RootElement.GetProperty("hits").EnumerateArray().Select(h => "http://localhost/articles/" + h.GetProperty("key").GetString());

        // Act
        var xml = XDocument.Parse(await client.GetStringAsync("/feed.atom?q=%22trata+de+personas%22&sort=oldest&page=2&size=5"));

        // Assert
        Assert.Equal(50, expected.Count());
        Assert.Equal(expected, xml.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
    }

    [Fact]
    public async Task Feed_Entries_CarryTheRequiredAtomElementsAndTheOriginalLink()
    {
        // Act
        var xml = XDocument.Parse(await portal.App.CreateClient().GetStringAsync("/feed.atom?q=trata"));

        // Assert
        var root = xml.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        foreach (var element in new[] { "id", "title", "updated", "author" }) Assert.NotNull(root.Element(Atom + element));
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.All(entries, e =>
        {
            foreach (var element in new[] { "id", "title", "updated", "summary" }) Assert.NotNull(e.Element(Atom + element));
            Assert.Equal("text", e.Element(Atom + "summary")!.Attribute("type")?.Value);
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, out _));
        });
        Assert.Contains(entries, e => e.Elements(Atom + "link").Any(l => l.Attribute("rel")?.Value == "related" && l.Attribute("href")!.Value.StartsWith("https://noticias.example.pe/trata/")));
    }

    [Fact]
    public async Task Feed_UndatedArticle_HasUpdatedButNoPublished()
    {
        // Act
        var xml = XDocument.Parse(await portal.App.CreateClient().GetStringAsync("/feed.atom?q=%22Caso+3+de%22"));

        // Assert
        var entry = Assert.Single(xml.Root!.Elements(Atom + "entry"));
        Assert.Null(entry.Element(Atom + "published"));
        Assert.NotNull(entry.Element(Atom + "updated"));
    }

    [Fact]
    public async Task Feed_TraffickingInLoreto_ListsTheRegionFilteredSearch()
    {
        // Arrange
        var client = portal.App.CreateClient();
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=%22trata+de+personas%22&region=Peru%2FLoreto&sort=newest&size=50"));
        var expected = search.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();

        // Act
        var feed = XDocument.Parse(await client.GetStringAsync("/feed.atom?q=%22trata+de+personas%22&region=Peru%2FLoreto"));

        // Assert
        Assert.NotEmpty(expected);
        Assert.Equal("SearchPortal: \"trata de personas\" (region=Peru/Loreto)", feed.Root!.Element(Atom + "title")!.Value);
        Assert.Equal(expected, feed.Root.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
    }

    [Fact]
    public async Task Feed_Query_ListsOnlyMatchingArticles()
    {
        // Act
        var xml = XDocument.Parse(await portal.App.CreateClient().GetStringAsync("/feed.atom?q=elecciones"));

        // Assert
        var titles = xml.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(10, titles.Count);
        Assert.All(titles, t => Assert.StartsWith("Elecciones", t));
    }

    [Fact]
    public async Task Feed_BadParameter_Returns400Problem()
    {
        // Act
        var response = await portal.App.CreateClient().GetAsync("/feed.atom?yearFrom=abc");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SearchPage_Results_AdvertiseTheirFeed()
    {
        // Act
        var html = await portal.App.CreateClient().GetStringAsync("/?q=%22trata+de+personas%22&page=2");

        // Assert
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom feed\" href=\"/feed.atom?q=%22trata%20de%20personas%22\">", html);
    }
}
