using System.Diagnostics;
using SearchPortal.Benchmarks.Cli;
using SearchPortal.Benchmarks.Corpus;
using SearchPortal.Benchmarks.Engines;
using SearchPortal.Benchmarks.Engines.LuceneJava;
using SearchPortal.Benchmarks.Engines.Portal;
using SearchPortal.Benchmarks.Engines.Postgres;
using SearchPortal.Benchmarks.Engines.Sqlite;
using SearchPortal.Benchmarks.Http;
using SearchPortal.Benchmarks.Measure;
using SearchPortal.Benchmarks.Report;
using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks;

/// <summary>
/// One benchmark run, stage by stage: corpus, then per engine build (in a child process) and in-process
/// latency, then HTTP, then the reports. Engines run one after the other, never concurrently, so each has
/// the machine to itself; the PostgreSQL cluster is stopped before the HTTP stage.
/// </summary>
internal sealed class BenchRunner(BenchSettings settings)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<EngineRun> _engines = [];
    private readonly Dictionary<string, string> _skipped = [];

    public int Run()
    {
        var started = DateTimeOffset.UtcNow;
        var loadAtStart = BenchResults.LoadAverage();
        Directory.CreateDirectory(settings.WorkDir);
        Directory.CreateDirectory(settings.OutDir);
        var (jsonl, corpus) = CorpusGenerator.Ensure(settings.WorkDir, settings.Docs, settings.Seed, Log);
        var queries = QueryMix.Build(corpus);
        Log($"workload: {queries.Count} queries in {QueryMix.Classes(queries).Count} classes");

        var portalIndex = Path.Combine(settings.WorkDir, $"portal-{settings.Docs}-s{settings.Seed}");
        var stages = RunPortal(jsonl, portalIndex, queries, corpus);
        if (settings.Runs("sqlite")) Peer("sqlite", () => RunSqlite(jsonl, queries, corpus));
        if (settings.Runs("postgres")) Peer("postgres", () => RunPostgres(jsonl, queries, corpus));
        if (settings.Runs(LuceneJavaPeer.Name)) Peer(LuceneJavaPeer.Name, () => RunLuceneJava(jsonl, queries, corpus));
        var http = HttpStage.Run(settings, portalIndex, queries, Log);
        if (http.Runs.Count == 0) Log("http: skipped: " + http.Reason);

        var results = new BenchResults(settings, corpus, queries, _engines, stages, http, started, _clock.Elapsed, _skipped,
            loadAtStart, BenchResults.LoadAverage());
        ReportJson.Write(results, Path.Combine(settings.OutDir, "report.json"));
        ReportMarkdown.Write(results, Path.Combine(settings.OutDir, "report.md"));
        Log($"reports written to {settings.OutDir} in {_clock.Elapsed.TotalMinutes:N1} min");
        return 0;
    }

    private IReadOnlyDictionary<string, PortalStages> RunPortal(string jsonl, string index, IReadOnlyList<BenchQuery> queries, CorpusManifest corpus)
    {
        var sample = Math.Min(settings.Docs, settings.Quick ? 1_000 : 10_000);
        Log($"portal: profiling build stages on {sample:N0} articles (single thread)");
        var profile = ChildProcess.Run(["profile-build", "--input", jsonl, "--sample", sample.ToString(System.Globalization.CultureInfo.InvariantCulture)], Log);
        Log("portal: building");
        var build = ChildProcess.Run(["build-portal", "--input", jsonl, "--index", index], Log);
        Log($"portal: built {build.Indexed:N0} articles in {build.Seconds:N1} s, peak RSS {build.PeakRssMb:N0} MB, {build.IndexMb:N0} MB on disk");
        using var engine = new PortalEngine(index);
        var classes = new LatencyRunner(settings, Log).Run(engine, queries);
        var stages = PortalStageProfiler.Profile(engine, queries, settings.Quick ? 5 : 10);
        var extras = profile.Extras.ToDictionary(e => "stage_" + e.Key, e => e.Value);
        // Only the Lucene Java peer is compared query by query (same facet semantics); the others only by count checks.
        var answers = settings.Runs(LuceneJavaPeer.Name) ? queries.Select(engine.Answer).ToArray() : null;
        _engines.Add(new EngineRun("portal", build, build.PeakRssMb, classes, Checks(engine, corpus), extras) { Answers = answers });
        return stages;
    }

    private void RunSqlite(string jsonl, IReadOnlyList<BenchQuery> queries, CorpusManifest corpus)
    {
        var database = Path.Combine(settings.WorkDir, $"sqlite-{settings.Docs}-s{settings.Seed}.db");
        Log("sqlite: building");
        var build = ChildProcess.Run(["build-sqlite", "--input", jsonl, "--db", database], Log);
        Log($"sqlite: built {build.Indexed:N0} articles in {build.Seconds:N1} s, peak RSS {build.PeakRssMb:N0} MB, {build.IndexMb:N0} MB on disk");
        using var engine = new SqliteEngine(database);
        var classes = new LatencyRunner(settings, Log).Run(engine, queries);
        _engines.Add(new EngineRun("sqlite", build, build.PeakRssMb, classes, Checks(engine, corpus), new Dictionary<string, double>()));
    }

    private void RunPostgres(string jsonl, IReadOnlyList<BenchQuery> queries, CorpusManifest corpus)
    {
        var cluster = PostgresCluster.Start(Log);
        using var stopAtEnd = ExitHook.Register(cluster.Dispose);
        BuildOutcome build;
        double serverPeak;
        Log("postgres: building");
        using (var sampler = new ProcessTreeSampler(cluster.PostmasterPid))
        {
            build = ChildProcess.Run(["build-postgres", "--input", jsonl, "--connection", cluster.ConnectionString], Log);
            serverPeak = sampler.PeakMb;
        }
        var peak = build.PeakRssMb + serverPeak;
        Log($"postgres: built {build.Indexed:N0} articles in {build.Seconds:N1} s, peak {peak:N0} MB (loader {build.PeakRssMb:N0} + server PSS {serverPeak:N0}), {build.IndexMb:N0} MB on disk");
        using var engine = new PostgresEngine(cluster.ConnectionString);
        var classes = new LatencyRunner(settings, Log).Run(engine, queries);
        var extras = new Dictionary<string, double> { ["loader_peak_rss_mb"] = build.PeakRssMb, ["server_peak_pss_mb"] = serverPeak };
        _engines.Add(new EngineRun("postgres", build, peak, classes, Checks(engine, corpus), extras));
    }

    private void RunLuceneJava(string jsonl, IReadOnlyList<BenchQuery> queries, CorpusManifest corpus)
    {
        var run = new LuceneJavaPeer(settings, Log).Run(jsonl, queries, ResultChecks.Queries(corpus));
        foreach (var (key, found) in run.Checks) Log($"{run.Name}: check {key}: {found:N0}");
        _engines.Add(run);
    }

    private void Peer(string name, Action run)
    {
        try
        {
            run();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Log($"{name}: failed, left out of the report: {e.Message}");
            _skipped[name] = e.Message;
        }
    }

    private Dictionary<string, int> Checks(ISearchEngine engine, CorpusManifest corpus)
    {
        var found = new Dictionary<string, int>();
        foreach (var (key, query) in ResultChecks.Queries(corpus))
        {
            found[key] = engine.Search(query).Total;
            Log($"{engine.Name}: check {key}: {found[key]:N0}");
        }
        return found;
    }

    private void Log(string line) => Console.WriteLine($"[{_clock.Elapsed:mm\\:ss}] {line}");
}
