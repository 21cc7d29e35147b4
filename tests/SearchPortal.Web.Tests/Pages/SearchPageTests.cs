using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Pages;

public sealed partial class SearchPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_IllegalMiningPhrase_RendersFourHitsWithMarksAndAllFacets()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=%22illegal+mining%22");

        // Assert
        Assert.Equal(4, Hit().Matches(html).Count);
        Assert.Contains("<mark>illegal mining</mark>", html);
        foreach (var facet in new[] { "facet-region", "facet-year", "facet-crime", "facet-outlet", "facet-language" })
        {
            Assert.Contains($"id=\"{facet}\"", html);
        }
        Assert.Matches("<input type=\"checkbox\" id=\"(f-region-[0-9a-f]+)\"[^>]*>\\s*<label for=\"\\1\">Madre de Dios</label>", html);
    }

    [Fact]
    public async Task Get_SpanishAcceptLanguage_RendersSpanishInterface()
    {
        // Arrange
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("es-PE"));

        // Act
        var html = await client.GetStringAsync("/?q=mining");

        // Assert
        Assert.Contains("<html lang=\"es\">", html);
        Assert.Contains("Tipo de delito", html);
        Assert.Contains("Trata de personas", html);
    }

    [Fact]
    public async Task UiSwitch_Spanish_SetsCookieAndRedirectsBack()
    {
        // Arrange
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        var response = await client.GetAsync("/ui/es?returnUrl=%2F%3Fq%3Dmining");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?q=mining", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("uic%3Des"));
    }

    [Fact]
    public async Task UiSwitch_ExternalReturnUrl_StaysOnSite()
    {
        // Arrange
        var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        var response = await client.GetAsync("/ui/en?returnUrl=https%3A%2F%2Fevil.example%2F");

        // Assert
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_MisspelledWord_OffersDidYouMeanAndSyntaxHelp()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=trafficing");

        // Assert
        Assert.Contains("<a href=\"/?q=trafficking\">trafficking</a>", html);
        Assert.Contains("class=\"help\"", html);
    }

    [Fact]
    public async Task Get_ActiveFilter_RendersRemovableChipKeepingTheQuery()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=trafficking&region=Peru%2FLoreto");

        // Assert
        Assert.Matches("<a class=\"chip\" href=\"/\\?q=trafficking\"[^>]*>Peru › Loreto", html);
    }

    [Fact]
    public async Task Get_BadParameters_Returns400PageWithReasons()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/?size=1000");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("size must be between 1 and 100", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Article_FromSearch_HasJsonLdAndMarkedText()
    {
        // Arrange
        var html = await portal.CreateClient().GetStringAsync("/?q=%22illegal+mining%22");
        var link = ArticleLink().Match(html).Groups[1].Value.Replace("&amp;", "&");

        // Act
        var article = await portal.CreateClient().GetStringAsync(link);

        // Assert
        Assert.Contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"", article);
        Assert.Contains("<mark>illegal mining</mark>", article);
    }

    [GeneratedRegex("<li class=\"hit\">")]
    private static partial Regex Hit();

    [GeneratedRegex("<h3><a href=\"(/articles/[0-9a-f]{16}[^\"]*)\"")]
    private static partial Regex ArticleLink();
}
