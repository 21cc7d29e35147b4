using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SearchPortal.Web.Tests.Fixtures;
using Xunit.Abstractions;

namespace SearchPortal.Web.Tests.Browser;

/// <summary>
/// axe-core in headless Chromium on every kind of page a researcher or a partner's visitor sees: no serious or
/// critical violation. The counts of every impact are written to the test output (the issue's before/after).
/// </summary>
public sealed class AccessibilityBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static TheoryData<string, string, string> Pages => new()
    {
        { "home", "portal", "/" },
        { "results-en", "portal", "/?q=trafficking" },
        { "results-es", "portal-es", "/?q=trata" },
        { "article", "portal", $"/articles/{TestPartners.PiuraArticleKey}?q=mining" },
        { "embed", "portal", $"/embed?partner={BrowserFixture.PartnerKey}&q=mining" },
        { "embed-script", "site", "/inline.html" },
        { "iframe", "site", "/iframe.html" },
    };

    [ChromiumTheory]
    [MemberData(nameof(Pages))]
    public async Task RunAxe_Page_HasNoSeriousOrCriticalViolations(string name, string origin, string path)
    {
        // Arrange
        var page = await browser.NewPageAsync(locale: origin == "portal-es" ? "es-ES" : "en-GB");
        var baseUrl = origin == "site" ? browser.Site.Origin : browser.PortalOrigin;
        await page.GotoAsync(baseUrl + path);
        if (name == "embed-script")
        {
            var input = page.GetByLabel("Search news on trafficking and organized crime");
            await input.FillAsync("mining");
            await input.PressAsync("Enter");
            await page.Locator(".sp-hit").First.WaitForAsync();
        }
        if (name == "iframe") await page.FrameLocator("iframe").Locator(".sp-hit").First.WaitForAsync();

        // Act
        var result = await page.RunAxe();

        // Assert
        var counts = string.Join(", ", new[] { "critical", "serious", "moderate", "minor" }
            .Select(impact => $"{impact} {result.Violations.Where(v => v.Impact == impact).Sum(v => v.Nodes.Length)}"));
        output.WriteLine($"axe {name}: {counts}");
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"  {violation.Impact} {violation.Id}: {string.Join(" | ", violation.Nodes.Select(n => string.Join(" ", n.Target)))}");
        }
        Assert.Empty(result.Violations.Where(v => Blocking.Contains(v.Impact)).Select(Describe));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Impact} {violation.Id} ({violation.Help}): {string.Join(" | ", violation.Nodes.Select(n => n.Html))}";
}
