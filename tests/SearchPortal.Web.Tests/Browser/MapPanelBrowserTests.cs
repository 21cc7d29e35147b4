using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>The map panel of the results page in Chromium, on the seeds: clicks, keys, axe and screenshots.</summary>
public sealed class MapPanelBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static ILocator Region(IPage page, string region) => page.Locator($"#map a:has(path[data-region='{region}'])");

    private static Task<string> Count(IPage page) => page.Locator("p.count").InnerTextAsync();

    [ChromiumFact]
    public async Task ClickCountry_WithoutJavaScript_AddsTheChipAndZoomsToItsDepartments()
    {
        // Arrange
        var page = await browser.NewPageAsync(javaScriptEnabled: false);
        await page.GotoAsync(browser.PortalOrigin + "/?q=mining");

        // Act
        await Region(page, "Peru").ClickAsync();
        await page.WaitForURLAsync("**/?q=mining&region=Peru");
        await BrowserFixture.ScreenshotAsync(page, "map-panel-peru-clicked");

        // Assert
        Assert.True(await page.Locator("a.chip").Filter(new LocatorFilterOptions { HasText = "Peru" }).IsVisibleAsync());
        Assert.True(await Region(page, "Peru/Madre de Dios").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#map path[data-region='Brazil']").CountAsync());
        Assert.Equal("Articles by region: Peru", await page.Locator("#map svg > title").TextContentAsync());
    }

    [ChromiumFact]
    public async Task ClickMadreDeDios_OnPerusMap_FiltersAsTickingItInTheTree()
    {
        // Arrange
        var tree = await browser.NewPageAsync();
        await tree.GotoAsync(browser.PortalOrigin + "/");
        await tree.GetByLabel("Madre de Dios", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await tree.WaitForURLAsync("**region=Peru%2FMadre*");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/");

        // Act
        await Region(page, "Peru").ClickAsync();
        await page.WaitForURLAsync("**/?region=Peru");
        await Region(page, "Peru/Madre de Dios").ClickAsync();
        await page.WaitForURLAsync("**/?region=Peru%2FMadre%20de%20Dios");

        // Assert
        Assert.Equal((await Count(tree)).Split(" in ")[0], (await Count(page)).Split(" in ")[0]);
        Assert.Equal(await tree.Locator("li.hit h3").AllInnerTextsAsync(), await page.Locator("li.hit h3").AllInnerTextsAsync());
        Assert.True(await page.GetByLabel("Madre de Dios", new PageGetByLabelOptions { Exact = true }).IsCheckedAsync());
        Assert.Equal("true", await Region(page, "Peru/Madre de Dios").GetAttributeAsync("aria-current"));
        Assert.Equal(1, await page.Locator("a.chip").Filter(new LocatorFilterOptions { HasText = "Madre de Dios" }).CountAsync());
    }

    [ChromiumFact]
    public async Task Keyboard_TabAndEnterOnly_ZoomsToPeruThenFiltersMadreDeDios()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/?q=mining");

        // Act
        var peruOutline = await TabToAsync(page, Region(page, "Peru"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/?q=mining&region=Peru");
        var madre = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { NameRegex = new System.Text.RegularExpressions.Regex(@"^Madre de Dios: \d+ articles?$") });
        var madreOutline = await TabToAsync(page, madre);
        await BrowserFixture.ScreenshotAsync(page, "map-panel-keyboard-focus");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/?q=mining&region=Peru%2FMadre%20de%20Dios");

        // Assert
        Assert.NotEqual("none", peruOutline);
        Assert.NotEqual("none", madreOutline);
        Assert.True(await page.Locator("a.chip").Filter(new LocatorFilterOptions { HasText = "Madre de Dios" }).IsVisibleAsync());
    }

    [ChromiumFact]
    public async Task Axe_MapPanelOverviewAndPeru_HasNoSeriousViolations()
    {
        foreach (var (url, language) in new[] { ("/?q=mining", "en"), ("/?q=mining&region=Peru", "en"), ("/ui/es?returnUrl=%2F%3Fregion%3DPeru%252FLoreto", "es") })
        {
            // Arrange
            var page = await browser.NewPageAsync();
            await page.GotoAsync(browser.PortalOrigin + url);

            // Act
            var result = await page.Locator("#map").RunAxe();

            // Assert
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)");
            Assert.Empty(serious);
            Assert.NotEmpty(result.Passes);
            await page.Context.CloseAsync();
        }
    }

    [ChromiumFact]
    public async Task Screenshots_EnglishAndSpanishAtDesktopAndPhoneWidths_MapFitsTheWidth()
    {
        foreach (var language in new[] { "en", "es" })
        {
            foreach (var width in new[] { 1280, 390 })
            {
                foreach (var (name, query) in new[] { ("overview", "?q=mining"), ("peru", "?q=mining&region=Peru") })
                {
                    // Arrange
                    var page = await browser.NewPageAsync();
                    await page.SetViewportSizeAsync(width, 900);
                    await page.GotoAsync($"{browser.PortalOrigin}/ui/{language}?returnUrl={Uri.EscapeDataString("/" + query)}");

                    // Act
                    await page.Locator("#map").ScrollIntoViewIfNeededAsync();
                    await page.Locator("#map").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"map-panel-{name}-{language}-{width}.png") });
                    await BrowserFixture.ScreenshotAsync(page, $"map-page-{name}-{language}-{width}");
                    var box = await page.Locator("#map svg").BoundingBoxAsync();
                    var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

                    // Assert
                    Assert.NotNull(box);
                    Assert.InRange(box.X + box.Width, 200, width);
                    Assert.False(overflow, $"{name} {language} {width}: the page scrolls sideways");
                    await page.Context.CloseAsync();
                }
            }
        }
    }

    [ChromiumFact]
    public async Task EmbedScript_DataMapOn_ShowsTheScopedMapImageUnderTheCount()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.Site.Origin}/map.html");
        var input = page.GetByLabel("Buscar noticias sobre trata y crimen organizado");

        // Act
        await input.FillAsync("mining");
        await input.PressAsync("Enter");
        await page.Locator(".sp-hit").First.WaitForAsync();
        var map = page.Locator("img.sp-map");
        await map.WaitForAsync();
        var decoded = await map.EvaluateAsync<string>("i => i.decode().then(() => 'ok', e => String(e))");
        await BrowserFixture.ScreenshotAsync(page, "embed-map-es");

        // Assert
        Assert.Equal("ok", decoded);
        var src = new Uri((await map.GetAttributeAsync("src"))!);
        Assert.Equal("/api/map", src.AbsolutePath);
        Assert.Contains($"partner={BrowserFixture.PartnerKey}", src.Query);
        Assert.Contains("hl=es", src.Query);
        Assert.StartsWith("Mapa:", await map.GetAttributeAsync("alt"));
        Assert.True((await map.BoundingBoxAsync())!.Width > 100);
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus (at most 80 times); returns its outline style.</summary>
    private static async Task<string> TabToAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < 80 && !await target.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.True(await target.EvaluateAsync<bool>("e => e === document.activeElement"), "not reached by Tab");
        return await target.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
    }
}
