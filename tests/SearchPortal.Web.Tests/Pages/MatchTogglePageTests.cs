using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Pages;

public sealed partial class MatchTogglePageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_NoMatch_ToggleShowsAboutChecked()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=mining");

        // Assert
        Assert.Contains("id=\"facet-match\"", html);
        Assert.Equal("about", CheckedMatch().Match(html).Groups[1].Value);
        Assert.Contains("Count articles", html);
    }

    [Fact]
    public async Task Get_MatchMentions_FiltersByMentionsAndLinksKeepTheSwitch()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/?region=Brazil&match=mentions");
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("mentions", CheckedMatch().Match(html).Groups[1].Value);
        Assert.Equal(3, Regex.Count(html, "<li class=\"hit\">"));
        Assert.Contains("Also mentions:", html);
        Assert.Matches("<span class=\"tag mention region\" title=\"Brazil\">Brazil</span>", html);
        Assert.Matches("href=\"/api/export\\?[^\"]*match=mentions[^\"]*format=csv", html);
    }

    [Fact]
    public async Task Get_SpanishAcceptLanguage_ToggleInSpanish()
    {
        // Arrange
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("es-PE"));

        // Act
        var html = await client.GetStringAsync("/?match=mentions");

        // Assert
        Assert.Contains("Contar artículos", html);
        Assert.Contains("Que lo mencionan", html);
        Assert.Contains("Cuenta todo artículo que menciona", html);
    }

    [Fact]
    public async Task Get_UnknownMatch_Returns400PageWithReason()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/?match=sometimes");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("match must be about or mentions", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Article_MentioningBrazil_ListsItAfterTheFocus()
    {
        // Arrange
        var html = await portal.CreateClient().GetStringAsync("/?region=Brazil&match=mentions");
        var link = Regex.Match(html, "<h3><a href=\"(/articles/[0-9a-f]{16})\"").Groups[1].Value;

        // Act
        var article = await portal.CreateClient().GetStringAsync(link);

        // Assert
        Assert.Matches("<dt>Regions</dt><dd>Peru › [^<]+</dd>", article);
        Assert.Matches("<dt>Also mentions</dt><dd>[^<]*Brazil[^<]*</dd>", article);
    }

    [GeneratedRegex("<input type=\"radio\" name=\"match\" value=\"(\\w+)\" checked=\"checked\"")]
    private static partial Regex CheckedMatch();
}
