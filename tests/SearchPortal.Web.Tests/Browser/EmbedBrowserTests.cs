using System.Text.Json;
using Microsoft.Playwright;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Browser;

public sealed class EmbedBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Label = "Search news on trafficking and organized crime";
    private const string ShadowRoot = "document.querySelector('[data-searchportal]').shadowRoot";

    [ChromiumFact]
    [Trait("DependsOn", "highlighting")]
    public async Task Embed_TypeMiningAndPressEnter_ShowsMarkedResultsInShadowRoot()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.Site.Origin}/inline.html");
        var input = page.GetByLabel(Label);

        // Act
        await input.FillAsync("mining");
        await input.PressAsync("Enter");
        await page.Locator(".sp-hit").First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "embed-inline-results");

        // Assert
        Assert.True(await input.IsVisibleAsync(), "the partner's CSS must not hide the input");
        var marks = await page.EvaluateAsync<string[]>($"() => [...{ShadowRoot}.querySelectorAll('.sp-hit mark')].map(m => m.textContent)");
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.StartsWith("min", mark, StringComparison.OrdinalIgnoreCase));
        var text = await page.EvaluateAsync<string>($"() => {ShadowRoot}.textContent");
        Assert.DoesNotContain("<mark>", text);
        await AssertOnlyPiuraAsync(page.Locator(".sp-hit"), page.GetByRole(AriaRole.Status),
            $"{browser.PortalOrigin}/articles/{TestPartners.PiuraArticleKey}?q=mining");
        var accent = await page.EvaluateAsync<string>($"() => getComputedStyle({ShadowRoot}.querySelector('button')).backgroundColor");
        Assert.Equal(PartnerPages.ThemeAccent, accent);
    }

    [ChromiumFact]
    [Trait("DependsOn", "facet-filtering")]
    public async Task Api_PageScriptOmitsOrOverridesScope_ResultsStayScoped()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.Site.Origin}/inline.html");
        const string Fetch = "async url => { const r = await fetch(url); return { status: r.status, body: await r.text() }; }";

        // Act
        var bare = await page.EvaluateAsync<JsonElement>(Fetch, $"{browser.PortalOrigin}/api/search?q=mining&size=20");
        var widened = await page.EvaluateAsync<JsonElement>(Fetch, $"{browser.PortalOrigin}/api/search?q=mining&size=20&region=Brazil&region=Peru");
        var otherPartner = await page.EvaluateAsync<JsonElement>(Fetch, $"{browser.PortalOrigin}/api/search?q=mining&partner={TestPartners.TambopataKey}");

        // Assert
        AssertOnlyPiura(bare);
        AssertOnlyPiura(widened);
        Assert.Equal(400, otherPartner.GetProperty("status").GetInt32());
    }

    [ChromiumFact]
    [Trait("DependsOn", "facet-filtering")]
    public async Task Embed_RequestTamperedToDropPartner_ResultsStayScoped()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        var tampered = new List<string>();
        await page.RouteAsync("**/api/search?**", async route =>
        {
            var url = new UriBuilder(route.Request.Url) { Query = "q=mining&size=20&region=Brazil" }.Uri.ToString();
            tampered.Add(url);
            await route.ContinueAsync(new RouteContinueOptions { Url = url });
        });
        await page.GotoAsync($"{browser.Site.Origin}/inline.html");
        var input = page.GetByLabel(Label);

        // Act
        await input.FillAsync("mining");
        await input.PressAsync("Enter");
        await page.Locator(".sp-hit").First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "embed-tampered-request");

        // Assert
        Assert.Single(tampered);
        await AssertOnlyPiuraAsync(page.Locator(".sp-hit"), page.GetByRole(AriaRole.Status),
            $"{browser.PortalOrigin}/articles/{TestPartners.PiuraArticleKey}?q=mining");
    }

    [ChromiumFact]
    public async Task Embed_WithoutInlineResults_OpensPortalSearchInNewTabInThePartnersScope()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{browser.Site.Origin}/tab.html");
        var input = page.GetByLabel("Buscar noticias sobre trata y crimen organizado");
        await input.FillAsync("minería");
        await BrowserFixture.ScreenshotAsync(page, "embed-tab-mode");

        // Act
        var tab = await page.RunAndWaitForPopupAsync(() => input.PressAsync("Enter"));
        await tab.WaitForLoadStateAsync();
        await BrowserFixture.ScreenshotAsync(tab, "embed-tab-opened-search-page");

        // Assert
        Assert.Equal($"{browser.PortalOrigin}/?q=miner%C3%ADa&region=Peru%2FPiura", tab.Url);
    }

    [ChromiumFact]
    public async Task Iframe_OnPartnerOrigin_RendersResults()
    {
        // Arrange
        var page = await browser.NewPageAsync();

        // Act
        await page.GotoAsync($"{browser.Site.Origin}/iframe.html");
        var hits = page.FrameLocator("iframe").Locator(".sp-hit");
        await hits.First.WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "iframe-partner");

        // Assert
        await AssertOnlyPiuraAsync(hits, page.FrameLocator("iframe").GetByRole(AriaRole.Status),
            $"/articles/{TestPartners.PiuraArticleKey}?q=mining");
    }

    [ChromiumFact]
    public async Task Embed_OnOriginThatIsNoPartner_GetsNoCorsGrantAndSaysUnavailable()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Site.Origin.Replace("127.0.0.1", "localhost") + "/inline.html");
        var input = page.GetByLabel(Label);

        // Act
        await input.FillAsync("mining");
        await input.PressAsync("Enter");
        var status = page.GetByRole(AriaRole.Status);
        await status.GetByText("unavailable").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(page, "embed-unlisted-origin");

        // Assert
        Assert.Equal(0, await page.Locator(".sp-hit").CountAsync());
    }

    [ChromiumFact]
    public async Task Iframe_OnOriginThatIsNoPartner_IsRefused()
    {
        // Arrange
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) => refused.Add(message.Text);

        // Act
        await page.GotoAsync(browser.Site.Origin.Replace("127.0.0.1", "localhost") + "/iframe.html");
        await page.WaitForLoadStateAsync(LoadState.Load);
        await BrowserFixture.ScreenshotAsync(page, "iframe-unlisted-origin");

        // Assert
        Assert.Equal(0, await page.FrameLocator("iframe").Locator(".sp-form").CountAsync());
        Assert.Contains(refused, m => m.Contains("frame-ancestors", StringComparison.Ordinal));
    }

    /// <summary>Asserts that a fetch of /api/search (status and body, as <c>Fetch</c> returns them) found only the Piura article.</summary>
    private static void AssertOnlyPiura(JsonElement fetched)
    {
        Assert.Equal(200, fetched.GetProperty("status").GetInt32());
        using var json = JsonDocument.Parse(fetched.GetProperty("body").GetString()!);
        TestPartners.AssertOnlyPiura(json.RootElement);
    }

    /// <summary>Asserts that the rendered results (the embed's or the iframe's) list the Piura article and nothing else.</summary>
    private static async Task AssertOnlyPiuraAsync(ILocator hits, ILocator status, string articleHref)
    {
        Assert.Equal("1 result", await status.InnerTextAsync());
        Assert.Equal(1, await hits.CountAsync());
        Assert.Equal(articleHref, await hits.Locator(":is(h2, h3) a").GetAttributeAsync("href"));
    }
}
