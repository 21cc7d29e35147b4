using System.Net;
using System.Xml.Linq;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Web.Exports;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Exports;

public sealed class FeedControlCharacterTests(FeedControlCharacterTests.Portal portal) : IClassFixture<FeedControlCharacterTests.Portal>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The newest article's title, author and text carry ESC, BEL, NUL, VT and FF, as an index built before ingestion cleaned them may.</summary>
    public sealed class Portal() : IDisposable
    {
        public ExportPortal App { get; } = new(
        [
            new("ctl-1", "Alerta\u001B[31m roja\u0007 en Loreto", "Texto con\u000B tabulador vertical\u000C y\u0000 nulo sobre trata en Loreto.", "2024-05-01", "https://noticias.example.pe/ctl-1"),
            new("ok-1", "Caso limpio de trata en Loreto", "La fiscalía investiga un caso de trata en Loreto.", "2020-01-01"),
        ]);

        public void Dispose() => App.Dispose();
    }

    [Theory]
    [InlineData("zzzznomatch%1B")]
    [InlineData("trata%00")]
    [InlineData("trata%07%0B%0C")]
    [InlineData("%EF%BF%BF")]
    public async Task Feed_QueryWithControlCharacters_IsWellFormedAtom(string query)
    {
        // Act
        var response = await portal.App.CreateClient().GetAsync("/feed.atom?q=" + query);
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("SearchPortal: ", XDocument.Parse(body).Root!.Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task Feed_NewestArticleWithControlCharacters_IsWellFormedAtom()
    {
        // Act
        var response = await portal.App.CreateClient().GetAsync("/feed.atom");
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var titles = XDocument.Parse(body).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(2, titles.Count);
        Assert.All(titles, title => Assert.DoesNotContain(title, char.IsControl));
    }

    [Fact]
    public void Serialize_HitsWithCharactersXmlForbids_DropsThemAndReplacesLoneSurrogates()
    {
        // Arrange
        var hit = new SearchHit("id", "0123456789abcdef", "src", "Caso\u0000 roto\u001B \uD800 fin 😀", "https://a.example/1", "Diario\u0007",
            "Pérez\u000B, Ana", new DateOnly(2024, 1, 2), 2024, "es", [], [], ["Trata\u000C"], [], [], [], 1, [new("texto\u0001 con marca\uDC00", [new(11, 16)])], new("Caso", []));
        var response = new SearchResponse("q\u001B", 1, 1, 50, 0, [], [hit], new Dictionary<string, IReadOnlyList<SearchPortal.Core.Facets.FacetValue>>());
        var version = new IndexVersion(3, 1, DateTimeOffset.UnixEpoch, ArticleSchema.Version);

        // Act
        var feed = AtomFeed.Build(response, version, "SearchPortal: q\u001B", "http://localhost", "http://localhost/feed.atom?q=q%1B", "http://localhost/?q=q%1B");
        var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(AtomFeed.Serialize(feed)));

        // Assert
        var entry = Assert.Single(xml.Root!.Elements(Atom + "entry"));
        Assert.Equal("SearchPortal: q", xml.Root.Element(Atom + "title")!.Value);
        Assert.Equal("Caso roto \uFFFD fin 😀", entry.Element(Atom + "title")!.Value);
        Assert.Equal("texto con marca\uFFFD", entry.Element(Atom + "summary")!.Value);
        Assert.Equal("Trata", entry.Element(Atom + "category")!.Attribute("term")!.Value);
        Assert.Equal("Diario", entry.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "related").Attribute("title")!.Value);
    }
}
