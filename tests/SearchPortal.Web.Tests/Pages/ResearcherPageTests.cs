using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>Issue 15 over HTTP: the search page as a researcher meets it, on <see cref="ResearcherCorpus"/>.</summary>
public sealed partial class ResearcherPageTests(ResearcherPortalFactory portal) : IClassFixture<ResearcherPortalFactory>
{
    private HttpClient NoRedirects() => portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Submit_NewQueryWithSortChosenForAnother_RedirectsWithoutTheSort()
    {
        // Act: the home page (newest first) submitted with a new query, as the form does without script.
        var response = await NoRedirects().GetAsync("/?q=illegal+mining&sort=newest&sortq=");
        var kept = await NoRedirects().GetAsync("/?q=illegal+mining&sort=newest&sortq=illegal+mining");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?q=illegal%20mining", response.Headers.Location?.OriginalString);
        Assert.Contains("sort=newest", kept.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_NewQuery_RanksByRelevanceNotDate()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=illegal+mining");

        // Assert: the newest article (a legal coal mine) is not first; an article on illegal mining is.
        Assert.Matches("<option value=\"relevance\" selected=\"selected\"", html);
        Assert.StartsWith("Illegal mining destroys forest", HitTitles(html)[0]);
    }

    [Theory]
    [InlineData("\"illegal mining", "\"illegal mining\"")]
    [InlineData("illegal mining AND", "illegal mining")]
    [InlineData("(illegal mining", "(illegal mining)")]
    public async Task Get_MalformedQuery_AnswersTheIntendedQueryWithAHumanNotice(string typed, string intended)
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=" + Uri.EscapeDataString(typed));
        var expected = await portal.CreateClient().GetStringAsync("/?q=" + Uri.EscapeDataString(intended));

        // Assert
        Assert.Contains($"<p class=\"notice\" role=\"status\">Searched for {WebUtility.HtmlEncode(intended)}: the query as typed was incomplete.</p>", html, StringComparison.Ordinal);
        Assert.Equal(HitTitles(expected), HitTitles(html));
        foreach (var parserWords in new[] { "Cannot parse", "Lexical error", "Encountered", "column" })
        {
            Assert.DoesNotContain(parserWords, html);
        }
    }

    [Fact]
    public async Task Get_OutletSpelledThreeWays_IsOneFacetValueCountingAll()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=trafficking");
        var filtered = await portal.CreateClient().GetStringAsync("/?q=trafficking&outlet=El+Universal");

        // Assert
        Assert.Matches("value=\"El Universal\"[^>]*>\\s*<label[^>]*>El Universal</label>\\s*<span class=\"count\">3</span>", html);
        Assert.Matches("value=\"CNN en Español\"[^>]*>\\s*<label[^>]*>CNN en Español</label>\\s*<span class=\"count\">3</span>", html);
        Assert.DoesNotContain("EL UNIVERSAL</label>", html);
        Assert.DoesNotContain("El UNIVERSAL</label>", html);
        Assert.DoesNotContain("CNN en Espanol</label>", html);
        Assert.Equal(3, HitTitles(filtered).Count);
    }

    [Fact]
    public async Task Get_MisspellingWithFewHits_ShowsResultsForTheCorrection()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=trafficing");
        var asTyped = await portal.CreateClient().GetStringAsync("/?q=trafficing&correct=false");

        // Assert: "trafficing" finds the bridge-traffic story through the stemmer; "trafficking" finds 16 more.
        Assert.Matches("Showing results for <strong>trafficking</strong>; search instead for <a href=\"/\\?q=trafficing&amp;correct=false\">trafficing</a>", html);
        Assert.True(HitTitles(html).Count >= 10);
        Assert.DoesNotContain(HitTitles(html), t => t.Contains("bridge"));
        Assert.Equal(["Traffic on the Tacna bridge doubles after the border reopens"], HitTitles(asTyped));
    }

    [Fact]
    public async Task Get_UndatedArticleFound_HistogramSaysHowManyAreUndated()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=illegal");

        // Assert
        Assert.Contains("<p class=\"undated\">Undated: 1</p>", html);
        Assert.Contains("<span>Undated</span>", html);
    }

    [Fact]
    public async Task Get_YearRangeBackwards_ShowsAFieldErrorAndKeepsResultsAndFacets()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/?q=trafficking&yearFrom=2020&yearTo=2010");
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("<p id=\"year-error\" class=\"field-error\" role=\"alert\">yearFrom \\(2020\\) must not be after yearTo \\(2010\\)", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.DoesNotContain("class=\"error\"", html);
        Assert.Contains("id=\"facet-outlet\"", html);
        Assert.NotEmpty(HitTitles(html));
    }

    [Fact]
    public async Task Get_Hit_TagsAreLinksThatFilter()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=cocaine+Paita");

        // Assert
        Assert.Matches("<a class=\"tag region\" href=\"/\\?q=cocaine%20Paita&amp;region=Peru%2FPiura%2FPaita\"[^>]*>Paita</a>", html);
        Assert.Matches("<a class=\"tag crime\" href=\"/\\?q=cocaine%20Paita&amp;crime=[^\"]+\"", html);
    }

    [Fact]
    public async Task Get_PageSizeChosen_ShowsThatManyAndOffersTheChoice()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=trafficking&size=10");

        // Assert
        Assert.Equal(10, HitTitles(html).Count);
        Assert.Matches("<select id=\"size\" name=\"size\"[^>]*>\\s*<option value=\"10\" selected=\"selected\">10</option>\\s*<option value=\"20\">", html);
    }

    [Fact]
    public async Task Get_NoHits_SaysWhichFilterToDropAndHowManyThatFinds()
    {
        // Act: cocaine is reported from Piura only.
        var html = await portal.CreateClient().GetStringAsync("/?q=cocaine&region=Peru%2FLoreto");

        // Assert
        Assert.Contains("No articles match this search.", html);
        Assert.Matches("<a href=\"/\\?q=cocaine\">Peru › Loreto: 2 results</a>", html);
    }

    [Fact]
    public async Task Get_PagePastTheEnd_RedirectsToTheLastPage()
    {
        // Act
        var response = await NoRedirects().GetAsync("/?q=trafficking&size=10&page=9");

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("page=2", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Get_NearIdenticalStories_CollapsedUnderOneHit()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=cocaine+Paita");

        // Assert
        Assert.Single(HitTitles(html));
        Assert.Matches("<details class=\"similar-stories\">\\s*<summary>1 similar story</summary>", html);
    }

    [Fact]
    public async Task Get_ActiveFilters_FiltersButtonCountsThem()
    {
        // Act
        var html = await portal.CreateClient().GetStringAsync("/?q=trafficking&region=Peru%2FLoreto&outlet=Correo");

        // Assert
        Assert.Contains(">Filters (2)</button>", html);
    }

    private static List<string> HitTitles(string html) =>
        HitTitle().Matches(html).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", ""))).ToList();

    [GeneratedRegex("<li class=\"hit\">\\s*<h3><a href=\"[^\"]*\">(.*?)</a></h3>", RegexOptions.Singleline)]
    private static partial Regex HitTitle();
}
