using System.Diagnostics;
using SearchPortal.Benchmarks.Measure;
using SearchPortal.Benchmarks.Workload;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Benchmarks.Engines.Portal;

/// <summary>
/// Splits the portal's query time into stages using only public API: parsing (UserQueryParser), matching and
/// ranking the top 10 with plain Lucene and loading their stored fields (no filters, facets or snippets),
/// highlighting those 10 hits with PassageHighlighter, and the full search.
/// </summary>
internal static class PortalStageProfiler
{
    private static readonly PassageHighlighter Highlighter = new(SearchLimits.MaxExpandedTerms);

    public static IReadOnlyDictionary<string, PortalStages> Profile(PortalEngine engine, IReadOnlyList<BenchQuery> queries, int rounds)
    {
        var parser = new UserQueryParser();
        var result = new Dictionary<string, PortalStages>();
        foreach (var @class in QueryMix.Classes(queries))
        {
            var members = queries.Where(q => q.Class == @class).ToArray();
            var (parse, match, highlight, full) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var query in members)
                {
                    var start = Stopwatch.GetTimestamp();
                    var parsed = parser.Parse(query.PortalText, expand: false);
                    var parsedAt = Stopwatch.GetTimestamp();
                    var highlightMs = MatchTopTen(engine, parsed.Query);
                    var matchedAt = Stopwatch.GetTimestamp();
                    using (var snapshot = engine.Snapshots.Current()) engine.Searcher.Search(snapshot, PortalEngine.ToRequest(query));
                    if (round == 0) continue;
                    parse.Add(Stopwatch.GetElapsedTime(start, parsedAt).TotalMilliseconds);
                    match.Add(Stopwatch.GetElapsedTime(parsedAt, matchedAt).TotalMilliseconds - highlightMs);
                    highlight.Add(highlightMs);
                    full.Add(Stopwatch.GetElapsedTime(matchedAt).TotalMilliseconds);
                }
            }
            result[@class] = new PortalStages(LatencyStats.From(parse).P50, LatencyStats.From(match).P50,
                LatencyStats.From(highlight).P50, LatencyStats.From(full).P50);
        }
        return result;
    }

    /// <summary>Matches and loads the top 10; returns the milliseconds spent highlighting them.</summary>
    private static double MatchTopTen(PortalEngine engine, Lucene.Net.Search.Query query)
    {
        using var snapshot = engine.Snapshots.Current();
        var searcher = snapshot.Searcher;
        var hits = searcher.Search(query, 10).ScoreDocs.Select(h => (h.Doc, Stored: searcher.Doc(h.Doc))).ToList();
        var start = Stopwatch.GetTimestamp();
        var prepared = Highlighter.Prepare(searcher, query);
        foreach (var (doc, stored) in hits) Highlighter.Highlight(prepared, doc, stored);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
