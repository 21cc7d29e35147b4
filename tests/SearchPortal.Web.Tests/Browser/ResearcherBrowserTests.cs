using Microsoft.Playwright;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>Issue 15 in headless Chromium: the search page and the embed as a researcher uses them, on <see cref="ResearcherCorpus"/>.</summary>
public sealed class ResearcherBrowserTests(ResearcherBrowserFixture browser) : IClassFixture<ResearcherBrowserFixture>
{
    private const string ShadowRoot = "document.querySelector('[data-searchportal]').shadowRoot";

    private static ILocator Exact(IPage page, string label) => page.GetByLabel(label, new PageGetByLabelOptions { Exact = true });

    /// <summary>Marks the document; a full reload loses the mark, an update in place keeps it.</summary>
    private static Task MarkDocument(IPage page) => page.EvaluateAsync("() => { window.__sameDocument = true; }");

    private static Task<bool> SameDocument(IPage page) => page.EvaluateAsync<bool>("() => window.__sameDocument === true");

    [ChromiumFact]
    public async Task TypeQuery_OnNewestFirstHome_RanksTheNewQueryByRelevance()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/");
        var homeSort = await page.Locator("#sort").InputValueAsync();

        // Act
        await page.Locator("#q").FillAsync("illegal mining");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForFunctionAsync("s => location.search.includes(s)", "q=illegal");

        // Assert
        Assert.Equal("newest", homeSort);
        Assert.DoesNotContain("sort=", page.Url);
        Assert.Equal("relevance", await page.Locator("#sort").InputValueAsync());
        Assert.StartsWith("Illegal mining", await page.Locator("li.hit h3").First.InnerTextAsync());
    }

    [ChromiumFact]
    public async Task OutletFinder_TypeLetters_ShowsOnlyMatchingOutletsAccentsIgnored()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/?q=trafficking");
        var finder = page.Locator("[data-facet-find=outlet]");
        var visible = page.Locator("#facet-outlet .values li:visible");
        var before = await visible.CountAsync();

        // Act
        await finder.FillAsync("univ");
        var universal = await visible.AllInnerTextsAsync();
        await finder.FillAsync("espanol");
        var cnn = await visible.AllInnerTextsAsync();

        // Assert
        Assert.True(before >= 8, $"{before} outlets listed");
        Assert.StartsWith("El Universal", Assert.Single(universal));
        Assert.StartsWith("CNN en Español", Assert.Single(cnn));
    }

    [ChromiumFact]
    public async Task RegionTree_TogglesAndNames_AreSeparateControlsWithOneTabStopPerNode()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/?q=trafficking");
        var peru = page.Locator("#facet-region .tree > li.node").First;
        var toggle = peru.Locator(":scope > details > summary");
        var branch = peru.Locator(":scope > details");

        // Act: close and reopen Peru with its toggle, then walk the tree with Tab.
        await toggle.ClickAsync();
        var closed = await branch.EvaluateAsync<bool>("d => !d.open");
        await toggle.ClickAsync();
        var urlAfterToggles = page.Url;
        var nodes = await page.Locator("#facet-region .tree input[type=checkbox]:visible").CountAsync();
        await page.Locator("#facet-region .tree input[type=checkbox]").First.FocusAsync();
        var stops = new List<string>();
        for (var i = 0; i < 100 && await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('#facet-region .tree')"); i++)
        {
            stops.Add(await page.EvaluateAsync<string>("() => document.activeElement.tagName + ':' + document.activeElement.type"));
            await page.Keyboard.PressAsync("Tab");
        }

        // Assert
        Assert.Equal(0, await page.Locator("#facet-region summary input, #facet-region summary a, #facet-region summary button").CountAsync());
        Assert.True(await toggle.IsVisibleAsync(), "the toggle is shown");
        Assert.True(closed, "the toggle closes the node");
        Assert.False(await peru.Locator(":scope > .row input").IsCheckedAsync(), "toggling never ticks");
        Assert.Equal(urlAfterToggles, page.Url);
        Assert.Equal(nodes, stops.Count);
        Assert.All(stops, s => Assert.Equal("INPUT:checkbox", s));
    }

    [ChromiumFact]
    public async Task ClickRegionName_TicksOnceAndUpdatesInPlace()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/?q=trafficking");
        await MarkDocument(page);

        // Act
        await page.Locator("#facet-region label").Filter(new LocatorFilterOptions { HasTextString = "Loreto" }).First.ClickAsync();
        await page.WaitForFunctionAsync("s => location.search.includes(s)", "region=Peru%2FLoreto");

        // Assert
        Assert.True(await Exact(page, "Loreto").IsCheckedAsync());
        Assert.True(await SameDocument(page), "updated without a full reload");
        Assert.Equal(1, await page.Locator("a.chip").Filter(new LocatorFilterOptions { HasTextString = "Loreto" }).CountAsync());
    }

    [ChromiumFact]
    public async Task SpaceOnFacet_KeepsFocusOnThatCheckboxWithoutReload()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/?q=trafficking");
        await MarkDocument(page);
        await Exact(page, "Correo").FocusAsync();

        // Act
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("s => location.search.includes(s)", "outlet=Correo");
        await page.Locator("a.chip").Filter(new LocatorFilterOptions { HasTextString = "Correo" }).WaitForAsync();
        var focusedAfterTick = await page.EvaluateAsync<string>("() => document.activeElement.name + '=' + document.activeElement.value");
        await page.Locator("#sort").FocusAsync();
        await page.Locator("#sort").SelectOptionAsync("oldest");
        await page.WaitForFunctionAsync("s => location.search.includes(s)", "sort=oldest");
        var focusedAfterSort = await page.EvaluateAsync<string>("() => document.activeElement.id");

        // Assert
        Assert.Equal("outlet=Correo", focusedAfterTick);
        Assert.True(await Exact(page, "Correo").IsCheckedAsync());
        Assert.Equal("sort", focusedAfterSort);
        Assert.True(await SameDocument(page), "updated without a full reload");
    }

    [ChromiumFact]
    public async Task Phone_FiltersButton_CountsActiveFiltersAndOpensThemAboveResults()
    {
        // Arrange
        var page = await browser.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync(browser.PortalOrigin + "/?q=trafficking&region=Peru%2FLoreto");
        var button = page.Locator("button.filters-toggle");
        var facetsShownBefore = await page.Locator("#filters").IsVisibleAsync();
        var buttonTop = (await button.BoundingBoxAsync())!.Y;
        var firstHitTop = (await page.Locator("li.hit").First.BoundingBoxAsync())!.Y;

        // Act
        await button.ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "researcher-phone-filters-en");

        // Assert
        Assert.Equal("Filters (1)", (await button.InnerTextAsync()).Trim());
        Assert.False(facetsShownBefore, "the filters start closed on a phone");
        Assert.True(buttonTop < firstHitTop, "the button comes before the results");
        Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
        Assert.True(await page.Locator("#facet-region").IsVisibleAsync());
        Assert.True((await page.Locator("#facet-region").BoundingBoxAsync())!.Y < (await page.Locator("li.hit").First.BoundingBoxAsync())!.Y);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, "no sideways scrolling");
    }

    [ChromiumFact]
    public async Task Phone_DocumentedIframeSnippet_FitsThePartnerPage()
    {
        // Arrange
        var page = await browser.NewPageAsync(width: 390, height: 844);

        // Act
        await page.GotoAsync(browser.Site.Origin + "/iframe-documented.html");
        await page.FrameLocator("iframe").Locator(".sp-hit, .sp-status, form").First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "researcher-phone-iframe");

        // Assert
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, "the iframe does not widen the page");
        // It takes the page's width (under the partner's strict CSP, which drops the inline max-width).
        var width = (await page.Locator("iframe").BoundingBoxAsync())!.Width;
        Assert.InRange(width, 350, 390);
    }

    [ChromiumFact]
    public async Task YearHistogram_BarsHaveMinimumWidthAndCountTooltip()
    {
        // Arrange
        var page = await browser.NewPageAsync(width: 1366, height: 900);
        await page.GotoAsync(browser.PortalOrigin + "/?q=trafficking");
        var bars = page.Locator("#facet-year a.bar");

        // Act
        var widths = new List<double>();
        foreach (var bar in await bars.AllAsync()) widths.Add((await bar.Locator(".hit-area").BoundingBoxAsync())!.Width);
        await bars.First.Locator(".hit-area").HoverAsync();
        var tip = await bars.First.Locator(".tip text").TextContentAsync();

        // Assert
        Assert.NotEmpty(widths);
        Assert.All(widths, w => Assert.True(w >= 10, $"bar {w} px wide"));
        Assert.Matches("^20[0-9]{2}: 1 article|^20[0-9]{2}: [0-9]+ articles", tip);
        Assert.True(await bars.First.Locator(".tip").IsVisibleAsync());
    }

    [ChromiumFact]
    public async Task Embed_AllResultsLink_KeepsThePartnersScope()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Site.Origin + "/inline.html");
        var input = page.GetByLabel("Search news on trafficking and organized crime");

        // Act
        await input.FillAsync("trafficking");
        await input.PressAsync("Enter");
        await page.Locator(".sp-hit").First.WaitForAsync();
        var more = await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "All results on SearchPortal" }).GetAttributeAsync("href");
        var spacing = await page.EvaluateAsync<string>($"() => getComputedStyle({ShadowRoot}.querySelector('.sp-hit')).letterSpacing");
        var transform = await page.EvaluateAsync<string>($"() => getComputedStyle({ShadowRoot}.querySelector('.sp-hit')).textTransform");
        await page.GotoAsync(more!);

        // Assert
        Assert.Contains($"partner={BrowserFixture.PartnerKey}", more);
        Assert.Contains("region=Peru%2FPiura", page.Url);
        Assert.True(await page.Locator("a.chip").Filter(new LocatorFilterOptions { HasTextString = "Piura" }).IsVisibleAsync());
        Assert.Equal("normal", spacing);
        Assert.Equal("none", transform);
    }

    [ChromiumFact]
    public async Task Embed_Spanish_CorrectionAndNoticesInSpanishAndOneLine()
    {
        // Arrange
        var page = await browser.NewPageAsync(locale: "es-PE");
        await page.GotoAsync(browser.Site.Origin + "/inline-es.html");
        var input = page.GetByLabel("Buscar noticias sobre trata y crimen organizado");

        // Act
        await input.FillAsync("trafficing");
        await input.PressAsync("Enter");
        await page.Locator(".sp-notice").First.WaitForAsync();
        var corrected = await page.EvaluateAsync<string>($"() => {ShadowRoot}.querySelector('.sp-notices, .sp').textContent");
        await input.FillAsync("illegal mining");
        await input.PressAsync("Enter");
        await page.Locator(".sp-notice").Filter(new LocatorFilterOptions { HasTextString = "También se buscó" }).WaitForAsync();
        var notice = page.Locator(".sp-notice").Filter(new LocatorFilterOptions { HasTextString = "También se buscó" });
        var height = (await notice.BoundingBoxAsync())!.Height;
        await BrowserFixture.ScreenshotAsync(page, "researcher-embed-es");

        // Assert
        Assert.Contains("Quizás quiso decir", corrected);
        Assert.DoesNotContain("Did you mean", corrected);
        Assert.True(height < 30, $"the notice is one line ({height} px)");
        Assert.StartsWith("También se buscó", await notice.GetAttributeAsync("title"));
    }

    [ChromiumTheory]
    [InlineData("en", 1366)]
    [InlineData("es", 1366)]
    [InlineData("en", 390)]
    [InlineData("es", 390)]
    public async Task Screenshot_Results_InEachLanguageAndWidth(string language, int width)
    {
        // Arrange
        var page = await browser.NewPageAsync(locale: language == "es" ? "es-PE" : "en-GB", width: width, height: 900);

        // Act
        await page.GotoAsync(browser.PortalOrigin + "/?q=trafficking&region=Peru%2FLoreto");
        await BrowserFixture.ScreenshotAsync(page, $"researcher-results-{language}-{width}");

        // Assert
        Assert.Equal(language, await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, "no sideways scrolling");
    }
}
