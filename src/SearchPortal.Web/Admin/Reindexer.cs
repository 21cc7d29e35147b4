using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;
using SearchPortal.Web.Hosting;

namespace SearchPortal.Web.Admin;

/// <summary>
/// Rebuilds the index in the background while the app keeps serving the current searcher. The input is
/// first read up to its first article: an input that yields none is refused ("failed", with the skipped
/// files) and the index is not touched. The rebuild commits once, at the end (Lucene's CREATE mode replaces
/// the old commit atomically), and only then are the index's snapshots refreshed: every request sees
/// either the old or the new index, never a mix. One reindex at a time; singleton; thread-safe.
/// </summary>
public sealed class Reindexer(IndexHost index, ILogger<Reindexer> logger)
{
    private const int ProblemsShown = 3;

    private readonly System.Threading.Lock _gate = new();
    private ReindexStatus _status = ReindexStatus.Idle;
    private Task? _running;

    public ReindexStatus Status
    {
        get { lock (_gate) return _status; }
    }

    /// <summary>Starts a rebuild from <paramref name="source"/> (a full path checked by <see cref="ReindexInputs"/>); false when one is already running.</summary>
    public bool TryStart(string source)
    {
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
            if (NoArticleIn(source) is { } reason)
            {
                Finish(new ReindexStatus("failed", Status.StartedAt, DateTimeOffset.UtcNow, 0, null, reason));
                logger.LogWarning("Reindex from {Source} refused: {Reason}", source, reason);
                return;
            }
            using var directory = BuildDirectory.Open(index.IndexPath);
            var summary = IndexBuilder.CreateDefault().Build(source, directory, new BuildOptions { Rebuild = true, CommitEvery = int.MaxValue });
            index.Snapshots.Refresh();
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

    /// <summary>Null when the input yields an article (reading stops at the first), else why it yields none.</summary>
    private static string? NoArticleIn(string source)
    {
        var problems = new List<IngestionProblem>();
        if (new InputReader(IngestionOptions.Default).Read(source, problems.Add).Any()) return null;
        var skipped = problems.Count == 0 ? "" : $" Skipped: {string.Join("; ", problems.Take(ProblemsShown))}{(problems.Count > ProblemsShown ? $"; and {problems.Count - ProblemsShown} more" : "")}.";
        return $"The input yields no article, so the current index stays in service.{skipped}";
    }

    private void Finish(ReindexStatus status)
    {
        lock (_gate) _status = status;
    }
}
