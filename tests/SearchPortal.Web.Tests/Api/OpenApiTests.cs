using System.Text.Json;
using SearchPortal.Web.Api;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Api;

public sealed class OpenApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] SearchParameters =
        ["q", "region", "year", "crime", "group", "outlet", "lang", "yearFrom", "yearTo", "match", "sort", "page", "size", "expand", "exclude", "v"];

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
        Assert.Equal([.. SearchParameters, "partner"], parameters.Select(p => p.Name));
        Assert.Equal(SearchQueryBinder.Parameters.Order(StringComparer.OrdinalIgnoreCase), SearchParameters.Order(StringComparer.OrdinalIgnoreCase));
        Assert.All(parameters, p => Assert.Equal("query", p.In));
        Assert.All(parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), p.Name));
        Assert.Equal("array", parameters.Single(p => p.Name == "region").Type);
        Assert.Equal("integer", parameters.Single(p => p.Name == "yearFrom").Type);
    }

    [Theory]
    [InlineData("/api/export", "format q region year yearFrom yearTo crime group outlet lang match sort expand exclude v")]
    [InlineData("/api/export/article/{key}", "format key")]
    [InlineData("/api/facets/{dim}", "dim limit prefix q region year yearFrom yearTo crime group outlet lang match expand exclude v")]
    [InlineData("/api/map", "q region year yearFrom yearTo crime group outlet lang match sort page size expand exclude v hl partner")]
    [InlineData("/feed.atom", "q region year yearFrom yearTo crime group outlet lang match expand exclude")]
    [InlineData("/api/articles/{key}", "key q")]
    public async Task OpenApi_Endpoint_ListsTheParametersItReads(string path, string expected)
    {
        // Act
        using var json = await DocumentAsync();

        // Assert
        Assert.Equal(expected.Split(' ').Order(StringComparer.Ordinal), Parameters(json, path).Select(p => p.Name).Order(StringComparer.Ordinal));
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
