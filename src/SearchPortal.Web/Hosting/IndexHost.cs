using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// Owns the on-disk index for the app's lifetime: builds it from the seeds when the folder is
/// missing or empty, then shares one <see cref="SearcherManager"/> so every request searches
/// the latest committed generation. Singleton; thread-safe.
/// </summary>
public sealed class IndexHost : IDisposable
{
    private readonly FSDirectory _directory;

    public IndexHost(IOptions<SearchPortalOptions> options, IHostEnvironment environment, ILogger<IndexHost> logger)
    {
        IndexPath = Path.GetFullPath(options.Value.IndexPath, environment.ContentRootPath);
        _directory = FSDirectory.Open(IndexPath);
        if (!DirectoryReader.IndexExists(_directory))
        {
            var seeds = Path.GetFullPath(options.Value.SeedsPath, environment.ContentRootPath);
            logger.LogInformation("No index in {IndexPath}; building it from {Seeds}", IndexPath, seeds);
            var summary = IndexBuilder.CreateDefault().Build(seeds, _directory, new BuildOptions());
            foreach (var problem in summary.Problems) logger.LogWarning("Skipped {Problem}", problem);
        }
        Searchers = new SearcherManager(_directory, null);
        Searcher = new ArticleSearcher(Searchers);
        if (!Version().IsCurrentSchema)
        {
            logger.LogWarning("The index in {IndexPath} was built with schema {Found}, not {Expected}: facets or snippets may be missing. Rebuild it with the indexer's build --rebuild.",
                IndexPath, Version().Schema?.ToString() ?? "unknown", ArticleSchema.Version);
        }
    }

    /// <summary>The committed state the current searcher sees.</summary>
    public IndexVersion Version()
    {
        var searcher = Searchers.Acquire();
        try
        {
            return IndexVersion.Of((DirectoryReader)searcher.IndexReader);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    public string IndexPath { get; }

    public SearcherManager Searchers { get; }

    public ArticleSearcher Searcher { get; }

    public void Dispose()
    {
        Searchers.Dispose();
        _directory.Dispose();
    }
}
