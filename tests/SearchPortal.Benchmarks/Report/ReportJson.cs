using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchPortal.Benchmarks.Measure;

namespace SearchPortal.Benchmarks.Report;

/// <summary>
/// Writes report.json: <c>{"docs":N,"portal":{…},"sqlite":{…},"postgres":{…}, …}</c>. Each engine object has
/// build_s, docs_per_s, peak_rss_mb and index_mb, then one object per query class with p50_ms, p95_ms and
/// p99_ms (plus what came back). Also: the corpus and its checks, portal stages, HTTP, ratios and targets.
/// </summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(BenchResults results, string path)
    {
        var root = new JsonObject
        {
            ["docs"] = results.Settings.Docs,
            ["quick"] = results.Settings.Quick,
            ["seed"] = results.Settings.Seed,
            ["started_utc"] = results.Started.UtcDateTime.ToString("u"),
            ["elapsed_s"] = Round(results.Elapsed.TotalSeconds),
            ["machine"] = new JsonObject
            {
                ["cores"] = Environment.ProcessorCount,
                ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                ["dotnet"] = Environment.Version.ToString(),
                ["server_gc"] = System.Runtime.GCSettings.IsServerGC,
                ["load_at_start"] = results.LoadAtStart,
                ["load_at_end"] = results.LoadAtEnd,
            },
            ["corpus"] = Corpus(results),
        };
        foreach (var engine in results.Engines) root[engine.Name] = Engine(engine, results.Settings.Docs);
        foreach (var (name, reason) in results.Skipped) root[name] = new JsonObject { ["status"] = "failed", ["reason"] = reason };
        root["portal_stages"] = new JsonObject(results.PortalStages.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)new JsonObject
        {
            ["parse_ms"] = Round(s.Value.ParseMs),
            ["match_top10_ms"] = Round(s.Value.MatchTop10Ms),
            ["highlight_top10_ms"] = Round(s.Value.HighlightTop10Ms),
            ["full_ms"] = Round(s.Value.FullSearchMs),
        })));
        root["http"] = JsonSerializer.SerializeToNode(new
        {
            status = results.Http.Status,
            reason = results.Http.Reason,
            runs = results.Http.Runs.Select(r => new
            {
                connections = r.Connections, threads = r.Threads, seconds = r.Seconds, rps = Round(r.RequestsPerSecond),
                p50_ms = Round(r.P50Ms), p90_ms = Round(r.P90Ms), p99_ms = Round(r.P99Ms), requests = r.Requests, non2xx = r.Non2xx, socket_errors = r.SocketErrors,
            }),
        });
        root["ratios"] = Ratios(results);
        root["agreement"] = new JsonObject(results.Engines.Where(e => e.Name != "portal")
            .Select(e => PeerAgreement.Compare(results, e.Name)).OfType<PeerAgreement>()
            .Select(a => KeyValuePair.Create(a.Peer, JsonSerializer.SerializeToNode(new
            {
                queries = a.Queries, totals_agree = a.TotalsAgree, facets_agree = a.FacetsAgree, top10_overlap = Round(a.AverageTopOverlap), mismatches = a.Mismatches,
            }))));
        root["targets"] = JsonSerializer.SerializeToNode(Targets.Evaluate(results).Select(t => new { target = t.Target, measured = t.Measured, status = t.Status }));
        File.WriteAllText(path, root.ToJsonString(Options) + "\n");
    }

    private static JsonObject Engine(EngineRun engine, int docs)
    {
        var node = new JsonObject
        {
            ["build_s"] = Round(engine.Build.Seconds),
            ["docs_per_s"] = Round(engine.Build.Indexed / engine.Build.Seconds),
            ["peak_rss_mb"] = Round(engine.PeakRssMb),
            ["index_mb"] = Round(engine.Build.IndexMb),
            ["indexed"] = engine.Build.Indexed,
            ["skipped"] = engine.Build.Problems,
            ["docs"] = docs,
        };
        foreach (var (name, value) in engine.Build.Extras.Concat(engine.Extras)) node[name] = Round(value);
        foreach (var (name, m) in engine.Classes) node[name] = Class(m);
        if (engine.Stages is { } stages)
        {
            node["stages"] = new JsonObject(stages.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)new JsonObject
            {
                ["parse_ms"] = Round(s.Value.ParseMs),
                ["match_top10_ms"] = Round(s.Value.MatchTop10Ms),
                ["match_top10_early_ms"] = Round(s.Value.MatchTop10EarlyMs),
                ["highlight_top10_ms"] = Round(s.Value.HighlightTop10Ms),
                ["full_ms"] = Round(s.Value.FullSearchMs),
            })));
        }
        node["checks"] = new JsonObject(engine.Checks.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value)));
        return node;
    }

    private static JsonObject Class(ClassMeasurement m) => m.Error is not null
        ? new JsonObject { ["error"] = m.Error }
        : new JsonObject
        {
            ["p50_ms"] = Round(m.Latency.P50),
            ["p95_ms"] = Round(m.Latency.P95),
            ["p99_ms"] = Round(m.Latency.P99),
            ["mean_ms"] = Round(m.Latency.Mean),
            ["max_ms"] = Round(m.Latency.Max),
            ["samples"] = m.Latency.Samples,
            ["avg_hits"] = Round(m.AverageTotal),
            ["facet_dims"] = m.FacetDimensions,
            ["hits_returned"] = Round(m.HitsReturned),
            ["hits_with_snippets"] = Round(m.HitsWithSnippets),
            ["gc_per_1000_queries"] = m.Gc is null ? null : new JsonObject(m.Gc.Collections.Keys.Select(k => KeyValuePair.Create(k, (JsonNode?)Round(m.Gc.PerThousand(k))))),
            ["allocated_kb_per_query"] = Round(m.Gc?.AllocatedKbPerQuery),
        };

    private static JsonObject Corpus(BenchResults results)
    {
        var corpus = JsonSerializer.SerializeToNode(results.Corpus, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsObject();
        corpus.Remove("plantedRegions");
        corpus["queries"] = JsonSerializer.SerializeToNode(results.Queries.Select(q => new { @class = q.Class, query = q.Describe() }));
        corpus["checks"] = JsonSerializer.SerializeToNode(ResultChecks.Build(results).Select(c => new
        {
            check = c.Name, expected = c.Expected, expected_meaning = c.ExpectedMeaning,
            found = c.Found,
        }));
        return corpus;
    }

    private static JsonObject Ratios(BenchResults results)
    {
        var ratios = new JsonObject { ["meaning"] = "portal latency / peer latency (below 1: the portal is faster)" };
        foreach (var peer in results.Engines.Where(e => e.Name != "portal"))
        {
            var node = new JsonObject(results.Classes.Select(c => KeyValuePair.Create(c, (JsonNode?)new JsonObject
            {
                ["p50"] = Round(results.Ratio(peer.Name, c, l => l.P50)),
                ["p99"] = Round(results.Ratio(peer.Name, c, l => l.P99)),
            })));
            node["geomean_p50"] = Round(results.GeometricMeanRatio(peer.Name, l => l.P50));
            node["geomean_p99"] = Round(results.GeometricMeanRatio(peer.Name, l => l.P99));
            ratios[peer.Name] = node;
        }
        return ratios;
    }

    private static double? Round(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 3) : null;
}
