using System.Text.Json;
using SearchPortal.Core.Export;
using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Export;

public sealed class JsonExportTests
{
    [Fact]
    public async Task WriteJsonLines_Hits_FirstLineIsExportHeaderWithIndexVersion()
    {
        // Arrange
        var header = ExportOutput.Header(ExportFormat.JsonLines, total: 2) with { Match = FacetMatch.Mentions };

        // Act
        var lines = (await ExportOutput.TextAsync(header, [ExportOutput.Hit(), ExportOutput.Hit()])).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Assert
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var export = first.RootElement.GetProperty("export");
        Assert.Equal("trata de personas", export.GetProperty("query").GetString());
        Assert.Equal(["region=Peru/Loreto", "year=2010..2020"], export.GetProperty("filters").EnumerateArray().Select(f => f.GetString()!));
        Assert.Equal("mentions", export.GetProperty("match").GetString());
        Assert.Equal("relevance", export.GetProperty("sort").GetString());
        Assert.Equal(2, export.GetProperty("total").GetInt32());
        Assert.Equal(7, export.GetProperty("index").GetProperty("generation").GetInt64());
        Assert.Equal(5, export.GetProperty("index").GetProperty("documents").GetInt32());
        Assert.Equal(header.Index.BuiltAt, export.GetProperty("index").GetProperty("builtAt").GetDateTimeOffset());
        Assert.Equal(header.ExportedAt, export.GetProperty("exportedAt").GetDateTimeOffset());
        Assert.Equal(header.Permalink, export.GetProperty("permalink").GetString());
    }

    [Fact]
    public async Task WriteJsonLines_Hit_OneObjectPerLineWithPlainSnippetAndRank()
    {
        // Arrange
        var hit = ExportOutput.Hit(title: "Minería \"ilegal\" en Puno", published: new DateOnly(2019, 2, 3));

        // Act
        var lines = (await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.JsonLines), [hit, hit])).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Assert
        using var second = JsonDocument.Parse(lines[2]);
        var root = second.RootElement;
        Assert.Equal(2, root.GetProperty("rank").GetInt32());
        Assert.Equal("Minería \"ilegal\" en Puno", root.GetProperty("title").GetString());
        Assert.Equal("2019-02-03", root.GetProperty("published").GetString());
        Assert.Equal("Police rescued 2,000 victims & more.", root.GetProperty("snippet").GetString());
        Assert.Equal(["Peru/Loreto", "Peru/Madre de Dios"], root.GetProperty("regions").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal(["Brazil/Amazonas", "Peru/Loreto", "Peru/Madre de Dios"], root.GetProperty("regionMentions").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal(["Human trafficking", "Illegal mining"], root.GetProperty("crimeTypeMentions").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal(["Shining Path"], root.GetProperty("groups").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal(["Shining Path", "Tren de Aragua"], root.GetProperty("groupMentions").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal("https://portal.example/articles/" + hit.Key, root.GetProperty("articleUrl").GetString());
    }

    [Fact]
    public async Task WriteCslJson_Hit_IsPlainArrayOfNewspaperItems()
    {
        // Arrange
        var hit = ExportOutput.Hit(published: new DateOnly(2013, 9, 24));

        // Act
        using var json = JsonDocument.Parse(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.CslJson), [hit]));

        // Assert
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        var item = json.RootElement.EnumerateArray().Single();
        Assert.Equal(CitationKey.For(hit), item.GetProperty("id").GetString());
        Assert.Equal("article-newspaper", item.GetProperty("type").GetString());
        Assert.Equal("Peru Rescues Victims", item.GetProperty("title").GetString());
        Assert.Equal("InSight Crime", item.GetProperty("container-title").GetString());
        Assert.Equal("Cawley", item.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("Marguerite", item.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.Equal([2013, 9, 24], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("en", item.GetProperty("language").GetString());
        Assert.Equal(hit.Url, item.GetProperty("URL").GetString());
        Assert.Equal("Human trafficking, Shining Path, Peru/Loreto, Peru/Madre de Dios", item.GetProperty("keyword").GetString());
    }

    [Fact]
    public async Task WriteCslJson_UndatedMononymWithoutUrl_NoIssuedLiteralAuthorPortalUrl()
    {
        // Arrange
        var hit = ExportOutput.Hit(author: "Ermelinda", url: null, outlet: null);

        // Act
        using var json = JsonDocument.Parse(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.CslJson), [hit]));

        // Assert
        var item = json.RootElement[0];
        Assert.False(item.TryGetProperty("issued", out _));
        Assert.False(item.TryGetProperty("container-title", out _));
        Assert.Equal("Ermelinda", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("https://portal.example/articles/" + hit.Key, item.GetProperty("URL").GetString());
    }

    [Fact]
    public async Task WriteCslJson_NoHits_IsEmptyArray()
    {
        // Act
        using var json = JsonDocument.Parse(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.CslJson), []));

        // Assert
        Assert.Equal(0, json.RootElement.GetArrayLength());
    }
}
