using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Http;
using SearchPortal.Web.Embed;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Embed;

public sealed class EmbedScriptTests(PartnerPortalFactory portal) : IClassFixture<PartnerPortalFactory>
{
    private const int MaxGzippedBytes = 10 * 1024;

    [Fact]
    public async Task EmbedJs_Gzipped_IsAtMostTenKilobytes()
    {
        // Arrange
        var client = portal.CreateClient();
        var script = await client.GetByteArrayAsync("/embed.js");

        // Act
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) await gzip.WriteAsync(script);

        // Assert
        Assert.InRange(compressed.Length, 1, MaxGzippedBytes);
    }

    [Fact]
    public async Task EmbedJs_Unversioned_CachedForADayWithETag()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync("/embed.js");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(EmbedScriptCaching.Unversioned, response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task EmbedJs_CurrentVersion_CachedForAYearAsImmutable()
    {
        // Arrange
        var client = portal.CreateClient();
        var version = EmbedScriptCaching.CurrentVersion(new DefaultHttpContext { RequestServices = portal.Services });

        // Act
        var current = await client.GetAsync($"/embed.js?v={version}");
        var stale = await client.GetAsync("/embed.js?v=stale");

        // Assert
        Assert.NotEmpty(version);
        Assert.Equal(EmbedScriptCaching.Versioned, current.Headers.CacheControl?.ToString());
        Assert.Equal(EmbedScriptCaching.Unversioned, stale.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task EmbedJs_RevalidatedWithETag_Returns304()
    {
        // Arrange
        var client = portal.CreateClient();
        var first = await client.GetAsync("/embed.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/embed.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        // Act
        var response = await client.SendAsync(again);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }
}
