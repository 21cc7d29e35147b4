using System.Net;
using System.Text.RegularExpressions;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Embed;

public sealed class EmbedPageTests(PartnerPortalFactory portal) : IClassFixture<PartnerPortalFactory>
{
    [Theory]
    [InlineData(TestPartners.PiuraKey, "frame-ancestors " + TestPartners.PiuraOrigin)]
    [InlineData(TestPartners.TambopataKey, "frame-ancestors " + TestPartners.TambopataOrigin + " " + TestPartners.TambopataSecondOrigin)]
    [InlineData("LORETO-ngo", "frame-ancestors https://ngo.example")]
    public async Task Embed_KnownPartner_FrameableOnlyByItsOrigins(string partner, string frameAncestors)
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync($"/embed?partner={partner}&q=mining");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.EndsWith(frameAncestors, csp);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Theory]
    [InlineData("/embed?partner=nobody&q=mining", "Unknown partner &#x27;nobody&#x27;")]
    [InlineData("/embed?q=mining", "partner is required")]
    public async Task Embed_UnknownOrMissingPartner_Returns400WithReasonAndRefusesFraming(string url, string reason)
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, html);
        Assert.EndsWith("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Embed_Search_RendersResultsWithoutAnyScriptOrInlineStyle()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var html = await client.GetStringAsync($"/embed?partner={TestPartners.TambopataKey}&q=mining&hl=es");

        // Assert
        Assert.Contains("<html lang=\"es\">", html);
        Assert.Contains("Buscar noticias sobre trata y crimen organizado", html);
        Assert.Matches(@"class=""sp-status"" role=""status"">\d+ resultados?<", html);
        Assert.Matches(@"href=""/articles/[0-9a-f]+\?q=mining"" target=""_blank"" rel=""noopener""", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"name=\"partner\" value=\"{TestPartners.TambopataKey}\"", html);
    }

    [Fact]
    [Trait("DependsOn", "facet-filtering")]
    public async Task Embed_PartnerScope_ListsOnlyInScopeArticles()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var html = await client.GetStringAsync($"/embed?partner={TestPartners.PiuraKey}&q=mining");

        // Assert
        var links = Regex.Matches(html, @"href=""/articles/([0-9a-f]+)").Select(m => m.Groups[1].Value);
        Assert.Equal([TestPartners.PiuraArticleKey], links);
    }
}
