using System.Net;
using System.Text;
using System.Text.Json;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Exports;

public sealed class ExportApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string, string> Formats() => new()
    {
        { "csv", "text/csv", ".csv" },
        { "jsonl", "application/jsonl", ".jsonl" },
        { "ris", "application/x-research-info-systems", ".ris" },
        { "bibtex", "application/x-bibtex", ".bib" },
        { "csljson", "application/vnd.citationstyles.csl+json", ".json" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Export_Format_ReturnsAttachmentWithMediaTypeAndProvenanceHeaders(string format, string mediaType, string extension)
    {
        // Act
        var response = await portal.CreateClient().GetAsync($"/api/export?format={format}&q=trata+de+personas&region=Peru%2FLoreto&sort=newest");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("searchportal-trata-de-personas-v" + Header(response, "X-SearchPortal-Index-Generation") + extension,
            response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("trata de personas", Uri.UnescapeDataString(Header(response, "X-SearchPortal-Query")));
        Assert.Equal("region=Peru%2FLoreto", Header(response, "X-SearchPortal-Filters"));
        Assert.Equal("newest", Header(response, "X-SearchPortal-Sort"));
        Assert.Equal("5", Header(response, "X-SearchPortal-Index-Documents"));
        Assert.True(DateTimeOffset.TryParse(Header(response, "X-SearchPortal-Index-Built"), out _));
        Assert.True(DateTimeOffset.TryParse(Header(response, "X-SearchPortal-Exported"), out _));
        Assert.Equal("http://localhost/?q=trata%20de%20personas&region=Peru%2FLoreto&sort=newest&v=" + Header(response, "X-SearchPortal-Index-Generation"),
            Header(response, "X-SearchPortal-Permalink"));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonl")]
    [InlineData("ris")]
    [InlineData("bibtex")]
    [InlineData("csljson")]
    public async Task Export_SeedSearch_ParsesBackToTheSearchHitsInOrder(string format)
    {
        // Arrange
        var client = portal.CreateClient();
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=trafficking&size=100"));
        var expected = search.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => (Id: h.GetProperty("id").GetString(), Title: h.GetProperty("title").GetString()!)).ToList();

        // Act
        var response = await client.GetAsync($"/api/export?format={format}&q=trafficking");
        var records = ExportedTitles.Read(format, await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected.Count.ToString(), Header(response, "X-SearchPortal-Total"));
        Assert.Equal(expected.Select(e => e.Title), records.Select(r => r.Title));
        if (format is "csv" or "jsonl") Assert.Equal(expected.Select(e => e.Id), records.Select(r => r.Id));
    }

    [Fact]
    public async Task Export_JsonLines_HeaderLineRecordsWhatTheHttpHeadersSay()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/api/export?format=jsonl&q=mining&yearFrom=2012&crime=Human+trafficking");
        var first = (await response.Content.ReadAsStringAsync()).Split('\n')[0];
        using var json = JsonDocument.Parse(first);

        // Assert
        var export = json.RootElement.GetProperty("export");
        Assert.Equal("mining", export.GetProperty("query").GetString());
        Assert.Equal(["crime=Human trafficking", "year=2012.."], export.GetProperty("filters").EnumerateArray().Select(f => f.GetString()!));
        Assert.Equal(Header(response, "X-SearchPortal-Index-Generation"), export.GetProperty("index").GetProperty("generation").GetInt64().ToString());
        Assert.Equal(Header(response, "X-SearchPortal-Total"), export.GetProperty("total").GetInt32().ToString());
        Assert.Equal(Header(response, "X-SearchPortal-Permalink"), export.GetProperty("permalink").GetString());
    }

    [Fact]
    public async Task Export_PageAndSizeGiven_StillExportsTheWholeResultSet()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/api/export?format=csv&page=3&size=1000");
        var records = ExportedTitles.Read("csv", await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, records.Count);
    }

    [Fact]
    public async Task Export_Csv_StartsWithUtf8ByteOrderMark()
    {
        // Act
        var bytes = await portal.CreateClient().GetByteArrayAsync("/api/export?format=csv&q=Nunovero");

        // Assert
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal(2, Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("format=xml", "format", "not supported")]
    [InlineData("q=mining", "format", "required")]
    [InlineData("format=csv&v=abc", "v", "index generation")]
    [InlineData("format=csv&region=Atlantis", "filters", "Atlantis")]
    [InlineData("format=csv&yearFrom=2015&yearTo=2010", "yearFrom", "after")]
    public async Task Export_BadParameter_Returns400ProblemWithReason(string parameters, string field, string reason)
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/api/export?" + parameters);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, json.RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Export_QueryOverLimit_Returns400()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/api/export?format=csv&q=" + new string('a', 1001));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit is 1000", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("ris", "TY  - NEWS")]
    [InlineData("bibtex", "@article{cawley2013peru-")]
    public async Task ExportArticle_Format_OneRecordForThatArticle(string format, string start)
    {
        // Arrange
        var client = portal.CreateClient();
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=author%3Acawley"));
        var key = search.RootElement.GetProperty("hits")[0].GetProperty("key").GetString();

        // Act
        var response = await client.GetAsync($"/api/export/article/{key}?format={format}");
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(start, body);
        Assert.Equal(["Peru Rescues 2,000 Human Trafficking Victims in 2 Years"], ExportedTitles.Read(format, body).Select(r => r.Title));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task ExportArticle_Jsonl_CarriesTheArticleOpeningAsSnippet()
    {
        // Arrange
        var client = portal.CreateClient();
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=author%3Acawley"));
        var key = search.RootElement.GetProperty("hits")[0].GetProperty("key").GetString();

        // Act
        var body = await client.GetStringAsync($"/api/export/article/{key}?format=jsonl");

        // Assert
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var record = JsonDocument.Parse(lines[1]);
        Assert.StartsWith("Police in Peru have rescued", record.RootElement.GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task ExportArticle_UnknownKey_Returns404Problem()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/api/export/article/0000000000000000?format=ris");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Search_Response_CarriesTheIndexVersionHeaders()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/api/search?q=mining");

        // Assert
        Assert.True(long.Parse(Header(response, "X-SearchPortal-Index-Generation")) > 0);
        Assert.Equal("5", Header(response, "X-SearchPortal-Index-Documents"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : throw new Xunit.Sdk.XunitException($"no {name} header");
}
