using System.Net;
using System.Text.Json;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Api;

/// <summary>match=mentions at every HTTP edge: the seeds name Brazil in passing three times and are about it never.</summary>
public sealed class FacetMatchApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(HttpResponseMessage Response, string Body)> Get(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<string?> Strings(JsonElement array) => array.EnumerateArray().Select(v => v.GetString());

    [Fact]
    public async Task Search_MatchMentions_FiltersAndCountsByMentions()
    {
        // Act
        var (_, aboutBody) = await Get("/api/search?region=Brazil");
        var (response, body) = await Get("/api/search?region=Brazil&match=mentions");
        using var about = JsonDocument.Parse(aboutBody);
        using var mentions = JsonDocument.Parse(body);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((0, "about"), (about.RootElement.GetProperty("total").GetInt32(), about.RootElement.GetProperty("match").GetString()));
        Assert.Equal((3, "mentions"), (mentions.RootElement.GetProperty("total").GetInt32(), mentions.RootElement.GetProperty("match").GetString()));
        var brazil = mentions.RootElement.GetProperty("facets").GetProperty("region").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "Brazil");
        Assert.Equal(3, brazil.GetProperty("count").GetInt32());
        Assert.All(mentions.RootElement.GetProperty("hits").EnumerateArray(), hit =>
        {
            Assert.Contains("Brazil", Strings(hit.GetProperty("regionMentions")));
            Assert.DoesNotContain("Brazil", Strings(hit.GetProperty("regions")));
            Assert.Equal(JsonValueKind.Array, hit.GetProperty("groups").ValueKind);
            Assert.Equal(JsonValueKind.Array, hit.GetProperty("crimeTypeMentions").ValueKind);
        });
    }

    [Fact]
    public async Task Search_MatchMentions_CrimeCountsNeverBelowAbout()
    {
        // Act
        using var about = JsonDocument.Parse((await Get("/api/search")).Body);
        using var mentions = JsonDocument.Parse((await Get("/api/search?match=MENTIONS")).Body);

        // Assert: forced labour is the focus of two seeds and named in two more.
        static int Count(JsonDocument json, string crime) => json.RootElement.GetProperty("facets").GetProperty("crime").EnumerateArray()
            .Where(v => v.GetProperty("value").GetString() == crime).Select(v => v.GetProperty("count").GetInt32()).SingleOrDefault();
        Assert.Equal((2, 4), (Count(about, "Forced labour"), Count(mentions, "Forced labour")));
    }

    [Theory]
    [InlineData("/api/search?match=everything")]
    [InlineData("/api/search?match=1")]
    [InlineData("/api/facets/region?prefix=b&match=all")]
    [InlineData("/api/export?format=csv&match=focus")]
    public async Task Endpoint_UnknownMatch_Returns400NamingTheParameter(string url)
    {
        // Act
        var (response, body) = await Get(url);
        using var json = JsonDocument.Parse(body);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("about or mentions", json.RootElement.GetProperty("errors").GetProperty("match")[0].GetString());
    }

    [Fact]
    public async Task FacetValues_MatchMentions_FindsACountryOnlyMentioned()
    {
        // Act
        using var about = JsonDocument.Parse((await Get("/api/facets/region?prefix=bra")).Body);
        using var mentions = JsonDocument.Parse((await Get("/api/facets/region?prefix=bra&match=mentions")).Body);

        // Assert
        Assert.Empty(about.RootElement.EnumerateArray());
        var brazil = Assert.Single(mentions.RootElement.EnumerateArray());
        Assert.Equal(("Brazil", 3), (brazil.GetProperty("value").GetString(), brazil.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Export_MatchMentions_RecordsTheMatchAndCarriesBothLists()
    {
        // Act
        var (response, body) = await Get("/api/export?format=jsonl&region=Brazil&match=mentions");
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var header = JsonDocument.Parse(lines[0]);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("mentions", Assert.Single(response.Headers.GetValues("X-SearchPortal-Match")));
        Assert.Equal("mentions", header.RootElement.GetProperty("export").GetProperty("match").GetString());
        Assert.Equal(3, lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            using var hit = JsonDocument.Parse(line);
            Assert.Contains("Brazil", Strings(hit.RootElement.GetProperty("regionMentions")));
            Assert.NotEmpty(Strings(hit.RootElement.GetProperty("regions")));
        }
    }

    [Fact]
    public async Task Feed_MatchMentions_TitleNamesTheSwitch()
    {
        // Act
        var (response, body) = await Get("/feed.atom?region=Brazil&match=mentions");
        var feed = System.Xml.Linq.XDocument.Parse(body).Root!;
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SearchPortal: all articles (region=Brazil, match=mentions)", feed.Element(atom + "title")!.Value);
        Assert.Equal(3, feed.Elements(atom + "entry").Count());
    }

    [Fact]
    public async Task Export_CsvWithoutMatch_HasMentionColumnsAndAboutHeader()
    {
        // Act
        var (response, body) = await Get("/api/export?format=csv");

        // Assert
        Assert.Equal("about", Assert.Single(response.Headers.GetValues("X-SearchPortal-Match")));
        Assert.StartsWith("rank,id,title,outlet,author,published,language,regions,regionMentions,crimeTypes,crimeTypeMentions,groups,groupMentions,url,articleUrl,score,snippet", body.TrimStart('\uFEFF'));
    }
}
