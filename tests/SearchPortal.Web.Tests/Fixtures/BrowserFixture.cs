using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SearchPortal.Web.Tests.Browser;

namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>
/// Everything a browser test needs, shared by the tests of one class: the real portal on Kestrel at a
/// loopback port, a partner site on another port configured as partner <see cref="PartnerKey"/> (scoped to
/// <see cref="TestPartners.PiuraRegion"/>), and headless Debian Chromium driven by Playwright, which never
/// downloads a browser. Chromium is launched only when present or under CI (where its absence must fail).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string PartnerKey = "browser-ngo";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PartnerSite Site { get; private set; } = null!;

    public PartnerPortalFactory Portal { get; private set; } = null!;

    /// <summary>The portal's origin, e.g. "http://127.0.0.1:40001".</summary>
    public string PortalOrigin { get; private set; } = "";

    /// <summary>Where tests save screenshots: tests/SearchPortal.Web.Tests/screenshots (git-ignored).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(PortalFactory.RepoRoot, "tests", "SearchPortal.Web.Tests", "screenshots");

    /// <summary>Settings a derived fixture adds to the portal's (another seeds folder, for one).</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        Site = await PartnerSite.StartAsync(PartnerPages.Render);
        var settings = new Dictionary<string, string>(TestPartners.Settings)
        {
            [$"SearchPortal:Partners:{PartnerKey}:Origins:0"] = Site.Origin,
            [$"SearchPortal:Partners:{PartnerKey}:Filters:0"] = $"region={TestPartners.PiuraRegion}",
        };
        foreach (var (key, value) in ExtraSettings) settings[key] = value;
        Portal = new PartnerPortalFactory(settings);
        Portal.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        Portal.StartServer();
        var addresses = Portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        PortalOrigin = addresses.Addresses.Single().TrimEnd('/');
        Site.PortalOrigin = PortalOrigin;

        if (!File.Exists(ChromiumFactAttribute.ExecutablePath) && !ChromiumFactAttribute.IsCi) return;
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>
    /// A page in a fresh context (no shared cookies or cache) with the browser's <paramref name="locale"/> (its
    /// Accept-Language) and a viewport <paramref name="width"/> pixels wide; dispose the context when done.
    /// </summary>
    public async Task<IPage> NewPageAsync(bool javaScriptEnabled = true, string locale = "en-GB", int width = 900, int height = 700)
    {
        var browser = _browser ?? throw new InvalidOperationException($"Chromium is not available at {ChromiumFactAttribute.ExecutablePath}.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScriptEnabled,
        });
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        await Portal.DisposeAsync();
        await Site.DisposeAsync();
    }
}
