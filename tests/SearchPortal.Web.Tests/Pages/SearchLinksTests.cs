using System.Net;
using AngleSharp.Html.Parser;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Pages;

public sealed class SearchLinksTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string Junk = new('x', 60_000);

    [Fact]
    public async Task Get_UnknownParameter_IsInNoLink()
    {
        // Arrange
        var client = portal.CreateClient();
        var plain = await client.GetStringAsync("/?q=mining");

        // Act
        var html = await client.GetStringAsync("/?q=mining&junk=" + Junk + "&utm_source=mail");

        // Assert
        Assert.DoesNotContain("junk", html);
        Assert.DoesNotContain("utm_source", html);
        Assert.InRange(html.Length, plain.Length - 200, plain.Length + 200);
    }

    [Fact]
    public async Task Get_RepeatedFilterValue_IsLinkedOnce()
    {
        // Arrange
        var repeated = string.Concat(Enumerable.Repeat("&region=Peru", 40));

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await portal.CreateClient().GetStringAsync("/?q=mining" + repeated));

        // Assert
        var links = page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.True(href.Split("region=Peru").Length <= 2, href));
        Assert.Single(page.QuerySelectorAll("a.chip:not(.clear)"));
    }

    [Fact]
    public async Task Get_FilterValueTheIndexDoesNotHave_Returns400WithReasonAndNoCopies()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/?q=mining&outlet=" + Junk);
        var html = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown outlet value", html);
        Assert.True(html.Length < 3 * Junk.Length, $"{html.Length:N0} characters for a {Junk.Length:N0}-character value");
    }
}
