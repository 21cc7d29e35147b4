using Lucene.Net.Index;
using Microsoft.Extensions.Options;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// Owns the on-disk index for the app's lifetime: builds it from the seeds when the folder is
/// missing or empty, then opens it through <see cref="IndexSnapshots"/>, from which every request takes the
/// generation it reads (the latest, or the one it pins). Singleton; thread-safe.
/// </summary>
public sealed class IndexHost : IDisposable
{
    private readonly MappedDirectory _directory;

    public IndexHost(IOptions<SearchPortalOptions> options, IHostEnvironment environment, ILogger<IndexHost> logger)
    {
        IndexPath = Path.GetFullPath(options.Value.IndexPath, environment.ContentRootPath);
        _directory = new MappedDirectory(IndexPath);
        if (!DirectoryReader.IndexExists(_directory))
        {
            var seeds = Path.GetFullPath(options.Value.SeedsPath, environment.ContentRootPath);
            logger.LogInformation("No index in {IndexPath}; building it from {Seeds}", IndexPath, seeds);
            var summary = IndexBuilder.CreateDefault().Build(seeds, _directory, new BuildOptions());
            foreach (var problem in summary.Problems) logger.LogWarning("Skipped {Problem}", problem);
        }
        Snapshots = new IndexSnapshots(_directory);
        if (!Version().IsCurrentSchema)
        {
            logger.LogWarning("The index in {IndexPath} was built with schema {Found}, not {Expected}: facets or snippets may be missing. Rebuild it with the indexer's build --rebuild.",
                IndexPath, Version().Schema?.ToString() ?? "unknown", ArticleSchema.Version);
        }
    }

    /// <summary>The committed state the current searcher sees.</summary>
    public IndexVersion Version()
    {
        using var snapshot = Snapshots.Current();
        return snapshot.Version;
    }

    public string IndexPath { get; }

    public IndexSnapshots Snapshots { get; }

    public void Dispose()
    {
        Snapshots.Dispose();
        _directory.Dispose();
    }
}
