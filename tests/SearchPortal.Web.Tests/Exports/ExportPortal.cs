using System.Text.Json;
using Lucene.Net.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SearchPortal.Core.Indexing;
using SearchPortal.Web.Hosting;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Exports;

/// <summary>
/// The real app on its own temporary index, optionally seeded from generated articles instead of the
/// repository's seeds, whose index a test may rebuild as the indexer CLI would (then the searchers refresh).
/// </summary>
public sealed class ExportPortal : PortalFactory
{
    private static readonly Lazy<IndexBuilder> Builder = new(() => IndexBuilder.CreateDefault());

    private readonly string _inputs = Path.Combine(Path.GetTempPath(), "sp-export-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string? _seeds;
    private int _builds;

    public ExportPortal(IEnumerable<Article>? seeds = null)
    {
        if (seeds is not null) _seeds = Write(seeds);
    }

    public sealed record Article(string Id, string Title, string Text, string? Published = null, string? Url = null);

    /// <summary>Replaces the portal's index with <paramref name="articles"/> and returns the new generation.</summary>
    public long Rebuild(params Article[] articles)
    {
        var host = Services.GetRequiredService<IndexHost>();
        using var directory = FSDirectory.Open(host.IndexPath);
        var generation = Builder.Value.Build(Write(articles), directory, new BuildOptions { Rebuild = true }).Generation;
        host.Snapshots.Refresh();
        return generation;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_seeds is not null) builder.UseSetting("SearchPortal:SeedsPath", _seeds);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && System.IO.Directory.Exists(_inputs)) System.IO.Directory.Delete(_inputs, recursive: true);
    }

    private string Write(IEnumerable<Article> articles)
    {
        var folder = Path.Combine(_inputs, $"input-{++_builds}");
        System.IO.Directory.CreateDirectory(folder);
        var lines = articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, title = a.Title, text = a.Text, published = a.Published, url = a.Url, outlet = "Test Wire" }));
        File.WriteAllLines(Path.Combine(folder, "articles.jsonl"), lines);
        return folder;
    }
}
