using Microsoft.Playwright;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Browser;

public sealed class SearchPageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static Task<string> Count(IPage page) => page.Locator("p.count").InnerTextAsync();

    private static Task<string> FacetCount(IPage page, string facet, string label) =>
        page.Locator($"#facet-{facet} li").Filter(new LocatorFilterOptions { HasText = label }).Locator(".count").First.InnerTextAsync();

    [ChromiumFact]
    public async Task Search_FromTheBox_ShowsFourMarkedHitsForIllegalMining()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/");

        // Act
        await page.GetByLabel("Search articles").FillAsync("\"illegal mining\"");
        await page.GetByLabel("Search articles").PressAsync("Enter");
        await page.WaitForFunctionAsync("s => location.search.includes(s)", "q=");
        await BrowserFixture.ScreenshotAsync(page, "portal-illegal-mining");

        // Assert
        Assert.Equal(4, await page.Locator("li.hit").CountAsync());
        Assert.StartsWith("4 results", await Count(page));
        Assert.Equal(4, await page.Locator("li.hit").Filter(new LocatorFilterOptions { Has = page.Locator("p.snippet mark") }).CountAsync());
        foreach (var facet in new[] { "region", "year", "crime", "outlet", "language" })
        {
            Assert.True(await page.Locator($"#facet-{facet}").IsVisibleAsync(), facet);
        }
    }

    [ChromiumFact]
    public async Task TickFacet_Tacna_NarrowsResultsAndChangesOtherCounts()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/?q=trafficking");
        var outletBefore = await FacetCount(page, "outlet", "InSight Crime");

        // Act
        await page.GetByLabel("Tacna", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.WaitForFunctionAsync("s => location.search.includes(s)", "region=Peru%2FTacna");
        await BrowserFixture.ScreenshotAsync(page, "portal-tacna-ticked");

        // Assert
        Assert.StartsWith("2 results", await Count(page));
        Assert.Equal("3", outletBefore);
        Assert.Equal("1", await FacetCount(page, "outlet", "InSight Crime"));
        Assert.True(await page.GetByLabel("Tacna", new PageGetByLabelOptions { Exact = true }).IsCheckedAsync());
        Assert.Equal("5", await FacetCount(page, "region", "Madre de Dios"));
        Assert.True(await page.Locator("a.chip").Filter(new LocatorFilterOptions { HasText = "Tacna" }).IsVisibleAsync());
    }

    [ChromiumFact]
    public async Task OpenArticle_ThenBack_RestoresQueryFiltersAndResults()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/?q=trafficking&region=Peru%2FTacna&sort=newest");
        var firstTitle = await page.Locator("li.hit h3 a").First.InnerTextAsync();

        // Act
        await page.Locator("li.hit h3 a").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        var articleHeading = await page.Locator("article h1").InnerTextAsync();
        var marks = await page.Locator(".fulltext mark").CountAsync();
        await BrowserFixture.ScreenshotAsync(page, "portal-article");
        await page.GoBackAsync();
        await page.WaitForURLAsync("**region=Peru%2FTacna*");

        // Assert
        Assert.Equal(firstTitle, articleHeading);
        Assert.True(marks > 0, "the query's terms are marked on the article page");
        Assert.Equal("trafficking", await page.GetByLabel("Search articles").InputValueAsync());
        Assert.True(await page.GetByLabel("Tacna", new PageGetByLabelOptions { Exact = true }).IsCheckedAsync());
        Assert.Equal("newest", await page.Locator("select[name=sort]").InputValueAsync());
        Assert.Equal(firstTitle, await page.Locator("li.hit h3 a").First.InnerTextAsync());
    }

    [ChromiumFact]
    public async Task Keyboard_OnlyKeys_SearchAndTickAFacet()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/?q=mining");

        // Act: focus the Loreto checkbox by tabbing, as a keyboard user would, and tick it with Space.
        var loreto = page.GetByLabel("Loreto", new PageGetByLabelOptions { Exact = true });
        for (var i = 0; i < 60 && !await loreto.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        var outline = await loreto.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("s => location.search.includes(s)", "region=Peru%2FLoreto");

        // Assert
        Assert.NotEqual("none", outline);
        Assert.True(await page.GetByLabel("Loreto", new PageGetByLabelOptions { Exact = true }).IsCheckedAsync());
    }

    [ChromiumFact]
    public async Task WithoutJavaScript_ApplyButtonFiltersAndSwitchesLanguage()
    {
        // Arrange
        var page = await browser.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync(browser.PortalOrigin + "/?q=trafficking");

        // Act
        await page.GetByLabel("Diálogo", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**outlet=Di%C3%A1logo*");
        var filtered = await Count(page);
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Español" }).ClickAsync();
        await page.WaitForURLAsync("**outlet=Di%C3%A1logo*");
        await BrowserFixture.ScreenshotAsync(page, "portal-nojs-spanish");

        // Assert
        Assert.StartsWith("1 result", filtered);
        Assert.StartsWith("1 resultado", await Count(page));
        Assert.True(await page.GetByText("Tipo de delito").IsVisibleAsync());
    }
}
