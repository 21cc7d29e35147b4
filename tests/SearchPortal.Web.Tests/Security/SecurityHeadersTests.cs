using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Security;

public sealed class SecurityHeadersTests(PartnerPortalFactory portal) : IClassFixture<PartnerPortalFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?q=mining")]
    [InlineData("/api/search?q=mining")]
    [InlineData("/api/search?size=0")]
    [InlineData("/healthz")]
    [InlineData("/embed.js")]
    [InlineData("/opensearch.xml")]
    [InlineData("/embed?partner=nobody")]
    [InlineData("/no-such-page")]
    public async Task Get_AnyResponse_CarriesSecurityHeaders(string url)
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync(url);

        // Assert
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("style-src 'self';", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.EndsWith("frame-ancestors 'none'", csp);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Get_SearchPage_HasNoInlineScript()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var html = await client.GetStringAsync("/?q=mining");

        // Assert
        Assert.DoesNotMatch(@"<script(?![^>]*\b(src=|type=""application/ld\+json""))[^>]*>", html);
    }
}
