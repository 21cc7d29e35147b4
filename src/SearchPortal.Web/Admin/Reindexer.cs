using Microsoft.Extensions.Options;
using SearchPortal.Core.Indexing;
using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Admin;

/// <summary>
/// Rebuilds the index in the background while the app keeps serving the current searcher. The
/// rebuild commits once, at the end (Lucene's CREATE mode replaces the old commit atomically), and
/// only then is the shared SearcherManager refreshed: every request sees either the old or the new
/// index, never a mix. One reindex at a time; singleton; thread-safe.
/// </summary>
public sealed class Reindexer(IndexHost index, IOptions<AdminOptions> admin, IOptions<SearchPortalOptions> portal,
    IHostEnvironment environment, ILogger<Reindexer> logger)
{
    private readonly System.Threading.Lock _gate = new();
    private ReindexStatus _status = ReindexStatus.Idle;
    private Task? _running;

    public ReindexStatus Status
    {
        get { lock (_gate) return _status; }
    }

    /// <summary>Starts a rebuild from <paramref name="input"/> (or the configured input); false when one is already running.</summary>
    public bool TryStart(string? input)
    {
        var source = Path.GetFullPath(input ?? admin.Value.ReindexInput ?? portal.Value.SeedsPath, environment.ContentRootPath);
        lock (_gate)
        {
            if (_running is { IsCompleted: false }) return false;
            _status = new ReindexStatus("running", DateTimeOffset.UtcNow, null, null, null, null);
            _running = Task.Run(() => Run(source));
            return true;
        }
    }

    public Task Completion
    {
        get { lock (_gate) return _running ?? Task.CompletedTask; }
    }

    private void Run(string source)
    {
        try
        {
            using var directory = BuildDirectory.Open(index.IndexPath);
            var summary = IndexBuilder.CreateDefault().Build(source, directory, new BuildOptions { Rebuild = true, CommitEvery = int.MaxValue });
            index.Searchers.MaybeRefreshBlocking();
            Finish(new ReindexStatus("completed", Status.StartedAt, DateTimeOffset.UtcNow, summary.Indexed, summary.Problems.Count, null));
            logger.LogInformation("Reindexed {Count} articles from {Source}", summary.Indexed, source);
        }
        // The job's boundary: whatever stops a build, the previous index stays in service and the status says why.
        catch (Exception e)
        {
            Finish(new ReindexStatus("failed", Status.StartedAt, DateTimeOffset.UtcNow, null, null, e.Message));
            logger.LogError(e, "Reindex from {Source} failed; the previous index stays in service", source);
        }
    }

    private void Finish(ReindexStatus status)
    {
        lock (_gate) _status = status;
    }
}
