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
/// The Lucene Java peer, stage by stage: <see cref="Build"/> compiles it, dumps the enriched articles (child process,
/// Core's reader and enricher) and builds its index (JVM, one IndexWriter, one thread per core); its build time is the
/// dump's plus the index's. <see cref="Start"/> opens the index in a JVM that runs the benchmark's latency protocol
/// itself (<c>java/bench/LatencyProtocol.java</c>) class by class as asked, so the portal and Java are measured in
/// turn under the same load. <see cref="Finish"/> has the same JVM split each class's time into the portal's stages,
/// answer the count checks and every mix query once more with all facet values (for the agreement check).
/// </summary>
internal sealed class LuceneJavaPeer(BenchSettings settings, Action<string> log)
{
    public const string Name = "lucene-java";

    private string Stem => Path.Combine(settings.WorkDir, $"{Name}-{settings.Docs}-s{settings.Seed}");

    private string Request => Stem + ".queries.json";

    private string Response => Stem + ".results.json";

    /// <summary>Builds the index; returns the build and the classpath to search with.</summary>
    public (BuildOutcome Build, string Classpath) Build(string jsonl)
    {
        var classpath = JavaToolchain.Prepare(settings.WorkDir, log);
        var dump = Stem + ".articles.jsonl";
        log($"{Name}: dumping the enriched articles");
        var dumped = ChildProcess.Run(["dump-articles", "--input", jsonl, "--out", dump], log);
        log($"{Name}: dumped {dumped.Indexed:N0} articles ({dumped.IndexMb:N0} MB) in {dumped.Seconds:N1} s, peak RSS {dumped.PeakRssMb:N0} MB; building");
        if (Directory.Exists(Stem)) Directory.Delete(Stem, recursive: true);
        BuildOutcome built;
        try
        {
            built = ChildProcess.Run("java", [.. JavaToolchain.BuildOptions, "-cp", classpath, "bench.Main", "build", "--input", dump, "--index", Stem,
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
        return (build, classpath);
    }

    /// <summary>Opens the index in a JVM that measures as asked; dispose it when done.</summary>
    public LuceneJavaServer Start(string classpath, IReadOnlyList<BenchQuery> queries, IReadOnlyDictionary<string, BenchQuery> checks)
    {
        File.WriteAllText(Request, RequestJson(queries, checks).ToJsonString());
        File.Delete(Response);
        return new LuceneJavaServer(classpath, Stem, Request, Response, log);
    }

    /// <summary>Ends the JVM's session and gathers the run: the class measurements taken, its stages, checks and answers.</summary>
    public EngineRun Finish(LuceneJavaServer server, BuildOutcome build, IReadOnlyDictionary<string, ClassMeasurement> classes, IReadOnlyList<BenchQuery> queries)
    {
        server.Finish();
        var result = JsonNode.Parse(File.ReadAllText(Response))!;
        var checks = result["checks"]!.AsObject().ToDictionary(c => c.Key, c => c.Value!.GetValue<int>());
        var answers = result["answers"]!.AsArray().Select((a, i) => new QueryAnswer(
            a!["total"]!.GetValue<int>(),
            a["hits"]!.AsArray().Select(h => h!.GetValue<string>()).ToArray(),
            a["facets"]!.AsObject().ToDictionary(d => d.Key, d => FacetListing.FromCounts(d.Key,
                d.Value!.AsObject().ToDictionary(v => v.Key, v => v.Value!.GetValue<int>()), queries[i].Filters)))).ToArray();
        var stages = result["stages"]!.AsObject().ToDictionary(s => s.Key, s => new PortalStages(
            Number(s.Value!, "parse_ms"), Number(s.Value!, "match_top10_ms"), Number(s.Value!, "highlight_top10_ms"), Number(s.Value!, "full_ms"))
        {
            MatchTop10EarlyMs = Number(s.Value!, "match_top10_early_ms"),
        });
        var extras = new Dictionary<string, double>
        {
            ["search_peak_rss_mb"] = Number(result, "peak_rss_mb"),
            ["warmup_passes"] = Number(result, "warmup_passes"),
        };
        return new EngineRun(Name, build, build.PeakRssMb, classes, checks, extras) { Answers = answers, Stages = stages };
    }

    private JsonObject RequestJson(IReadOnlyList<BenchQuery> queries, IReadOnlyDictionary<string, BenchQuery> checks) => new()
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

    private static double Number(JsonNode node, string name) => node[name]?.GetValue<double>() ?? 0;
}
