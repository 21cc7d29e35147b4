using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>
/// Hosts the real app in memory on a fresh temporary index built from the repository's seeds,
/// so tests never touch the developer's index/ folder, with the per-client rate limit lifted.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "sp-web-" + Guid.NewGuid().ToString("N")[..12]);

    public static string RepoRoot { get; } = FindRepoRoot();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("SearchPortal:IndexPath", _indexPath);
        builder.UseSetting("SearchPortal:SeedsPath", Path.Combine(RepoRoot, "seeds"));
        // Test classes share one client address and run many requests; tests of the limits set small ones in Settings.
        builder.UseSetting("SearchPortal:RateLimit:PermitsPerWindow", "1000000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    /// <summary>Extra configuration for a derived fixture (admin key, rate limits…).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public string IndexPath => _indexPath;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_indexPath)) Directory.Delete(_indexPath, recursive: true);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SearchPortal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SearchPortal.sln not found");
    }
}
