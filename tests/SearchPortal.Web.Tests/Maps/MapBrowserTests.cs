using Microsoft.Playwright;
using SearchPortal.Web.Maps;
using SearchPortal.Web.Security;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Maps;

/// <summary>
/// The map in Chromium, before it is part of the results page: a page at the portal's origin (so the portal's
/// stylesheets load) holding a rendered map, served with the portal's Content-Security-Policy.
/// </summary>
public sealed class MapBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task Render_EnglishAndSpanishAtDesktopAndPhoneWidths_DrawsUnderTheCspAndSavesScreenshots()
    {
        foreach (var (text, width) in new[] { (MapText.English, 900), (MapText.Spanish, 900), (MapText.English, 390), (MapText.Spanish, 390) })
        {
            foreach (var (name, level, counts, selected) in new[]
            {
                ("overview", MapSamples.Atlas.Overview, MapSamples.Countries, "Peru"),
                ("peru", MapSamples.Peru, MapSamples.Departments, "Peru/Madre de Dios"),
            })
            {
                // Arrange
                var page = await browser.NewPageAsync();
                var console = new List<string>();
                page.Console += (_, message) => console.Add(message.Text);
                await page.SetViewportSizeAsync(width, 800);
                await ServeAsync(page, text.Culture.Name, MapSvg.Render(level, counts, text, Link, new HashSet<string> { selected }));

                // Act
                await page.GotoAsync(browser.PortalOrigin + "/map-sample");
                await BrowserFixture.ScreenshotAsync(page, $"map-{name}-{text.Culture.Name}-{width}");
                var box = await page.Locator("svg.sp-map").BoundingBoxAsync();

                // Assert
                Assert.Empty(console);
                Assert.NotNull(box);
                Assert.InRange(box.Width, 200, width);
                var fills = await page.Locator($"path[data-region='{selected}']").EvaluateAsync<string[]>("e => [e.getAttribute('fill'), getComputedStyle(e).fill]");
                Assert.Equal(Rgb(fills[0]), fills[1]);
                await page.Context.CloseAsync();
            }
        }
    }

    [ChromiumFact]
    public async Task Keyboard_TabToMadreDeDiosAndEnter_FollowsItsFilterLink()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await ServeAsync(page, "en", MapSvg.Render(MapSamples.Peru, MapSamples.Departments, MapText.English, Link));
        await page.GotoAsync(browser.PortalOrigin + "/map-sample");
        var region = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Madre de Dios: 12 articles", Exact = true });

        // Act
        var tabs = 0;
        for (; tabs < 40 && !await region.EvaluateAsync<bool>("e => e === document.activeElement"); tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        var outline = await region.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        await BrowserFixture.ScreenshotAsync(page, "map-peru-focus");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**region=Peru%2FMadre%20de%20Dios*");

        // Assert
        Assert.InRange(tabs, 1, 39);
        Assert.NotEqual("none", outline);
        Assert.Equal(1, await page.Locator("a.chip").Filter(new LocatorFilterOptions { HasText = "Madre de Dios" }).CountAsync());
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task AccessibilityTree_MapOfLinks_IsANamedGroupOfNamedLinks()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await ServeAsync(page, "es", MapSvg.Render(MapSamples.Peru, MapSamples.Departments, MapText.Spanish, Link, new HashSet<string> { "Peru/Loreto" }));

        // Act
        await page.GotoAsync(browser.PortalOrigin + "/map-sample");
        var map = page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = "Artículos por región: Perú" });

        // Assert
        Assert.Equal(1, await map.CountAsync());
        var expected = MapSamples.Departments.Count(c => c.Value > 0 && MapSamples.Peru.HasOutline(c.Key));
        Assert.Equal(expected, await map.GetByRole(AriaRole.Link).CountAsync());
        Assert.Equal(1, await map.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Loreto: 9 artículos (filtro activo)", Exact = true }).CountAsync());
        await page.Context.CloseAsync();
    }

    private static string Link(string region) => MapSamples.Link(region);

    private static string Rgb(string hex) => $"rgb({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)})";

    /// <summary>Answers /map-sample with a page holding <paramref name="svg"/>, under the portal's CSP; everything else goes to the portal.</summary>
    private static Task ServeAsync(IPage page, string language, string svg) =>
        page.RouteAsync("**/map-sample", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html; charset=utf-8",
            Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = ContentSecurityPolicy.For([]) },
            Body = $"""
                <!doctype html>
                <html lang="{language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Map sample</title><link rel="stylesheet" href="/css/site.css"><link rel="stylesheet" href="/css/map.css"></head>
                <body><main><h1>Map</h1><p><a href="/">Before the map</a></p>{svg}<p><a href="/">After the map</a></p></main></body></html>
                """,
        }));
}
