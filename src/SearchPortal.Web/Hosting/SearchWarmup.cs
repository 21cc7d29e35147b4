using System.Diagnostics;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Web.Hosting;

/// <summary>
/// Runs, once at start-up, the searches a first visitor makes: the first reader and its facet caches, ranking, facet
/// counting, highlighting, concept expansion, spelling correction, the Spanish analyzers, the undated count and the
/// outlet finder are loaded and JIT-compiled before any request, so the first real query does not pay for them. It runs
/// in <see cref="StartAsync"/>, which the host awaits before the server listens, and <c>/healthz</c> answers 503 until it
/// is done. A failed warm-up is logged and never stops the portal. Singleton; written once at start-up, then read-only.
/// </summary>
public sealed class SearchWarmup(ArticleSearcher searcher, IndexSnapshots snapshots, ILogger<SearchWarmup> logger) : IHostedService
{
    /// <summary>The searches run: empty (newest first), words, a phrase with its concept, a misspelling, Spanish, a filter.</summary>
    public static IReadOnlyList<SearchRequest> Requests { get; } =
    [
        new SearchRequest(),
        new SearchRequest { Query = "trafficking", FacetSize = 30 },
        new SearchRequest { Query = "\"illegal mining\"", FacetSize = 30 },
        new SearchRequest { Query = "trafficing" },
        new SearchRequest { Query = "trata de personas", Sort = SortOrder.Newest },
        new SearchRequest { Query = "mining", Filters = FacetSelection.Empty.WithYears(new YearRange(2000, null)) },
    ];

    private volatile bool _completed;

    /// <summary>True once the warm-up searches have run (or failed).</summary>
    public bool Completed => _completed;

    /// <summary>How many warm-up searches answered.</summary>
    public int Searches { get; private set; }

    public long ElapsedMs { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var snapshot = snapshots.Current();
            foreach (var request in Requests)
            {
                cancellationToken.ThrowIfCancellationRequested();
                searcher.Search(snapshot, request);
                searcher.CountUndated(snapshot, request);
                Searches++;
            }
            searcher.SearchFacetValues(snapshot, Requests[1], FacetSchema.Outlet, "in", 20, out _, out _);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Search warm-up failed after {Searches} searches; the first queries will be slower", Searches);
        }
        finally
        {
            ElapsedMs = clock.ElapsedMilliseconds;
            _completed = true;
        }
        logger.LogInformation("Search warm-up: {Searches} searches in {ElapsedMs} ms", Searches, ElapsedMs);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
