using System.Text.Json;
using SearchPortal.Web.Api;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Api;

public sealed class OpenApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] SearchParameters =
        ["q", "region", "year", "crime", "group", "outlet", "lang", "yearFrom", "yearTo", "match", "sort", "page", "size", "expand", "exclude", "correct", "v"];

    [Fact]
    public async Task OpenApi_Document_DescribesThePublicEndpoints()
    {
        // Act
        using var json = await DocumentAsync();

        // Assert
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString());
        Assert.Contains("/api/search", paths);
        Assert.Contains("/api/articles/{key}", paths);
        Assert.Contains("/api/facets/{dim}", paths);
        Assert.Contains("/api/export", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/ui/"));
    }

    [Fact]
    public async Task OpenApi_Search_ListsEveryParameterTheBinderReadsWithADescription()
    {
        // Act
        using var json = await DocumentAsync();
        var parameters = Parameters(json, "/api/search");

        // Assert
        Assert.Equal([.. SearchParameters, "partner", "hl"], parameters.Select(p => p.Name));
        Assert.Equal(SearchQueryBinder.Parameters.Order(StringComparer.OrdinalIgnoreCase), SearchParameters.Order(StringComparer.OrdinalIgnoreCase));
        Assert.All(parameters, p => Assert.Equal("query", p.In));
        Assert.All(parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), p.Name));
        Assert.Equal("array", parameters.Single(p => p.Name == "region").Type);
        Assert.Equal("integer", parameters.Single(p => p.Name == "yearFrom").Type);
    }

    [Theory]
    [InlineData("/api/export", "format q region year yearFrom yearTo crime group outlet lang match sort expand exclude correct v")]
    [InlineData("/api/export/article/{key}", "format key")]
    [InlineData("/api/facets/{dim}", "dim limit prefix q region year yearFrom yearTo crime group outlet lang match expand exclude correct v")]
    [InlineData("/api/map", "q region year yearFrom yearTo crime group outlet lang match sort page size expand exclude correct v hl partner")]
    [InlineData("/feed.atom", "q region year yearFrom yearTo crime group outlet lang match expand exclude correct")]
    [InlineData("/api/articles/{key}", "key q")]
    public async Task OpenApi_Endpoint_ListsTheParametersItReads(string path, string expected)
    {
        // Act
        using var json = await DocumentAsync();

        // Assert
        Assert.Equal(expected.Split(' ').Order(StringComparer.Ordinal), Parameters(json, path).Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/search", "200 400 410 429")]
    [InlineData("/api/export", "200 400 410 429")]
    [InlineData("/api/export/article/{key}", "200 400 404 410 429")]
    public async Task OpenApi_Endpoint_DescribesEveryStatusItAnswers(string path, string expected)
    {
        // Act
        using var json = await DocumentAsync();
        var responses = json.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses");

        // Assert
        Assert.Equal(expected.Split(' '), responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(responses.EnumerateObject().Where(r => r.Name != "200"),
            r => Assert.True(r.Value.GetProperty("content").TryGetProperty("application/problem+json", out _), r.Name));
    }

    [Fact]
    public async Task OpenApi_Export_DescribesEachFormatsMediaType()
    {
        // Act
        using var json = await DocumentAsync();
        var content = json.RootElement.GetProperty("paths").GetProperty("/api/export").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content");

        // Assert
        Assert.Equal(["application/jsonl", "application/vnd.citationstyles.csl+json", "application/x-bibtex", "application/x-research-info-systems", "text/csv"],
            content.EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    private async Task<JsonDocument> DocumentAsync() =>
        JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/openapi/v1.json"));

    private static List<(string Name, string In, string? Description, string? Type)> Parameters(JsonDocument json, string path) =>
        json.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => (
                p.GetProperty("name").GetString()!,
                p.GetProperty("in").GetString()!,
                p.TryGetProperty("description", out var d) ? d.GetString() : null,
                p.TryGetProperty("schema", out var s) && s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null))
            .ToList();
}
