using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchPortal.Benchmarks.Cli;
using SearchPortal.Benchmarks.Engines.Portal;
using SearchPortal.Benchmarks.Measure;
using SearchPortal.Benchmarks.Report;
using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Engines.LuceneJava;

/// <summary>
/// The Lucene Java peer, stage by stage: compile it, dump the enriched articles (child process, Core's reader and
/// enricher), build its index (JVM, one IndexWriter, one thread per core), then measure it in its own JVM, which runs
/// the benchmark's latency protocol itself (<c>java/bench/LatencyProtocol.java</c>) and reports each query's time, so
/// no process boundary is timed. The same JVM then answers the count checks and every mix query once more with all
/// facet values, for the agreement check with the portal, after splitting each class's time into the portal's stages.
/// Its build time is the dump's plus the index's.
/// </summary>
internal sealed class LuceneJavaPeer(BenchSettings settings, Action<string> log)
{
    public const string Name = "lucene-java";

    public EngineRun Run(string jsonl, IReadOnlyList<BenchQuery> queries, IReadOnlyDictionary<string, BenchQuery> checks)
    {
        var classpath = JavaToolchain.Prepare(settings.WorkDir, log);
        var stem = Path.Combine(settings.WorkDir, $"{Name}-{settings.Docs}-s{settings.Seed}");
        var dump = stem + ".articles.jsonl";
        log($"{Name}: dumping the enriched articles");
        var dumped = ChildProcess.Run(["dump-articles", "--input", jsonl, "--out", dump], log);
        log($"{Name}: dumped {dumped.Indexed:N0} articles ({dumped.IndexMb:N0} MB) in {dumped.Seconds:N1} s, peak RSS {dumped.PeakRssMb:N0} MB; building");
        if (Directory.Exists(stem)) Directory.Delete(stem, recursive: true);
        BuildOutcome built;
        try
        {
            built = ChildProcess.Run("java", [.. JavaToolchain.BuildOptions, "-cp", classpath, "bench.Main", "build", "--input", dump, "--index", stem,
                "--threads", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)], log);
        }
        finally
        {
            File.Delete(dump);
        }
        var build = new BuildOutcome
        {
            Seconds = dumped.Seconds + built.Seconds,
            Indexed = built.Indexed,
            Problems = dumped.Problems,
            PeakRssMb = Math.Max(dumped.PeakRssMb, built.PeakRssMb),
            IndexMb = built.IndexMb,
            Extras = new Dictionary<string, double>
            {
                ["dump_s"] = dumped.Seconds, ["index_s"] = built.Seconds, ["dump_peak_rss_mb"] = dumped.PeakRssMb, ["index_peak_rss_mb"] = built.PeakRssMb,
            },
        };
        log($"{Name}: built {build.Indexed:N0} articles in {build.Seconds:N1} s (dump {dumped.Seconds:N1} + index {built.Seconds:N1}), peak RSS {build.PeakRssMb:N0} MB, {build.IndexMb:N0} MB on disk");

        var request = stem + ".queries.json";
        var response = stem + ".results.json";
        File.WriteAllText(request, Request(queries, checks).ToJsonString());
        ChildProcess.Exec("java", [.. JavaToolchain.SearchOptions, "-cp", classpath, "bench.Main", "measure", "--index", stem, "--queries", request, "--out", response], log);
        return Read(JsonNode.Parse(File.ReadAllText(response))!, queries, build);
    }

    private JsonObject Request(IReadOnlyList<BenchQuery> queries, IReadOnlyDictionary<string, BenchQuery> checks) => new()
    {
        ["settings"] = new JsonObject
        {
            ["warmup_s"] = settings.WarmupTime.TotalSeconds,
            ["warmup_rounds"] = settings.WarmupRounds,
            ["rounds"] = settings.Rounds,
            ["class_budget_s"] = settings.ClassBudget.TotalSeconds,
            ["stage_rounds"] = settings.Quick ? 5 : 10,
        },
        ["queries"] = new JsonArray([.. queries.Select(Query)]),
        ["checks"] = new JsonObject(checks.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)Query(c.Value)))),
    };

    private static JsonObject Query(BenchQuery query) => new()
    {
        ["class"] = query.Class,
        ["kind"] = query.Kind.ToString(),
        ["words"] = new JsonArray([.. query.Words.Select(w => (JsonNode?)w)]),
        ["filters"] = new JsonArray([.. query.Filters.Select(f => (JsonNode?)new JsonObject { ["dimension"] = f.Dimension, ["value"] = f.Value })]),
    };

    private static EngineRun Read(JsonNode result, IReadOnlyList<BenchQuery> queries, BuildOutcome build)
    {
        var classes = new Dictionary<string, ClassMeasurement>();
        foreach (var (name, node) in result["classes"]!.AsObject())
        {
            if (node!["error"] is { } error)
            {
                classes[name] = ClassMeasurement.Failed(name, error.GetValue<string>());
                continue;
            }
            var samples = node["samples_ms"]!.AsArray().Select(s => s!.GetValue<double>()).ToArray();
            classes[name] = new ClassMeasurement(name, LatencyStats.From(samples), Number(node, "avg_total"), (int)Number(node, "facet_dims"),
                Number(node, "hits_returned"), Number(node, "hits_with_snippets"), null)
            {
                Gc = new GcCounts(new Dictionary<string, long> { ["young"] = (long)Number(node, "gc_young"), ["old"] = (long)Number(node, "gc_old") }, samples.Length)
                {
                    AllocatedBytes = Number(node, "allocated_bytes") is var bytes and >= 0 ? (long)bytes : null,
                },
            };
        }
        var checks = result["checks"]!.AsObject().ToDictionary(c => c.Key, c => c.Value!.GetValue<int>());
        var answers = result["answers"]!.AsArray().Select((a, i) => new QueryAnswer(
            a!["total"]!.GetValue<int>(),
            a["hits"]!.AsArray().Select(h => h!.GetValue<string>()).ToArray(),
            a["facets"]!.AsObject().ToDictionary(d => d.Key, d => FacetListing.FromCounts(d.Key,
                d.Value!.AsObject().ToDictionary(v => v.Key, v => v.Value!.GetValue<int>()), queries[i].Filters)))).ToArray();
        var extras = new Dictionary<string, double>
        {
            ["search_peak_rss_mb"] = Number(result, "peak_rss_mb"),
            ["warmup_passes"] = Number(result, "warmup_passes"),
        };
        var stages = result["stages"]!.AsObject().ToDictionary(s => s.Key, s => new PortalStages(
            Number(s.Value!, "parse_ms"), Number(s.Value!, "match_top10_ms"), Number(s.Value!, "highlight_top10_ms"), Number(s.Value!, "full_ms"))
        {
            MatchTop10EarlyMs = Number(s.Value!, "match_top10_early_ms"),
        });
        return new EngineRun(Name, build, build.PeakRssMb, classes, checks, extras) { Answers = answers, Stages = stages };
    }

    private static double Number(JsonNode node, string name) => node[name]?.GetValue<double>() ?? 0;
}
