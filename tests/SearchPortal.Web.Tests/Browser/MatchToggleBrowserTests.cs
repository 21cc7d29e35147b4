using Microsoft.Playwright;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Browser;

public sealed class MatchToggleBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static ILocator FacetValue(IPage page, string facet, string label) =>
        page.Locator($"#facet-{facet} li").Filter(new LocatorFilterOptions { HasText = label });

    [ChromiumFact]
    public async Task ToggleMentioning_CountsMentionsAndKeepsTheFilters()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.PortalOrigin + "/?q=trafficking&region=Peru%2FMadre+de+Dios");
        var brazilBefore = await FacetValue(page, "region", "Brazil").CountAsync();
        var forcedLabourBefore = await FacetValue(page, "crime", "Forced labour").Locator(".count").InnerTextAsync();

        // Act
        await page.GetByLabel("Mentioning").CheckAsync();
        await page.WaitForURLAsync("**match=mentions*");
        await BrowserFixture.ScreenshotAsync(page, "portal-match-mentions");

        // Assert
        Assert.Equal(0, brazilBefore);
        Assert.Equal("3", await FacetValue(page, "region", "Brazil").Locator(".count").First.InnerTextAsync());
        Assert.Equal(("2", "4"), (forcedLabourBefore, await FacetValue(page, "crime", "Forced labour").Locator(".count").InnerTextAsync()));
        Assert.True(await page.GetByLabel("Madre de Dios", new PageGetByLabelOptions { Exact = true }).IsCheckedAsync());
        Assert.True(await page.GetByLabel("Mentioning").IsCheckedAsync());
        Assert.True(await page.Locator("li.hit .tags.mentions").First.IsVisibleAsync());
    }

    [ChromiumFact]
    public async Task Layout_SpanishLabelsAtDesktopWidth_StayInsideTheSidebar()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 900);

        // Act
        await page.GotoAsync(browser.PortalOrigin + "/ui/es?returnUrl=" + Uri.EscapeDataString("/?q=trafficking&region=Peru"));
        var fieldset = (await page.Locator("#facet-match").BoundingBoxAsync())!;
        var labels = await page.Locator("#facet-match label").AllAsync();

        // Assert
        Assert.Equal("es", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(2, labels.Count);
        foreach (var label in labels)
        {
            var box = (await label.BoundingBoxAsync())!;
            Assert.True(box.X + box.Width <= fieldset.X + fieldset.Width + 0.5, $"'{await label.InnerTextAsync()}' ends at {box.X + box.Width:F0} px, the sidebar at {fieldset.X + fieldset.Width:F0}");
        }
        await page.Context.CloseAsync();
    }
}
