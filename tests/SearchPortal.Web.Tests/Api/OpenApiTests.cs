using System.Text.Json;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Api;

public sealed class OpenApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task OpenApi_Document_DescribesThePublicEndpoints()
    {
        // Act
        using var json = JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/openapi/v1.json"));

        // Assert
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString());
        Assert.Contains("/api/search", paths);
        Assert.Contains("/api/articles/{key}", paths);
        Assert.Contains("/api/facets/{dim}", paths);
        Assert.Contains("/api/export", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/ui/"));
    }
}
