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
/// One benchmark run, stage by stage: corpus, then per engine build (in a child process) and latency, then HTTP,
/// then the reports. Engines run one after the other, never concurrently, so each has the machine to itself; the
/// portal and Lucene Java are measured class by class in turn (the reference comparison should not depend on how the
/// load of a shared machine changed between two engines' runs). The PostgreSQL cluster is stopped before the HTTP stage.
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
        // Lucene Java is built now and measured class by class in turn with the portal, so both see the same load.
        var java = settings.Runs(LuceneJavaPeer.Name) ? TryBuildLuceneJava(jsonl) : null;
        using var engine = new PortalEngine(index);
        using var server = java is null ? null : TryStart(java.Value.Peer, java.Value.Classpath, queries, corpus);
        IClassMeasurer portal = new InProcessMeasurer(engine, settings, Log);
        var measured = new LatencyRunner(settings, Log).Run(server is null ? [portal] : [portal, server], queries);
        var stages = PortalStageProfiler.Profile(engine, queries, settings.Quick ? 5 : 10);
        var extras = profile.Extras.ToDictionary(e => "stage_" + e.Key, e => e.Value);
        // Only the Lucene Java peer is compared query by query (same facet semantics); the others only by count checks.
        var answers = server is null ? null : queries.Select(engine.Answer).ToArray();
        _engines.Add(new EngineRun("portal", build, build.PeakRssMb, measured["portal"], Checks(engine, corpus), extras) { Answers = answers });
        if (server is not null) Peer(LuceneJavaPeer.Name, () =>
        {
            var run = java!.Value.Peer.Finish(server, java.Value.Build, measured[LuceneJavaPeer.Name], queries);
            foreach (var (key, found) in run.Checks) Log($"{run.Name}: check {key}: {found:N0}");
            _engines.Add(run);
        });
        return stages;
    }

    private (LuceneJavaPeer Peer, BuildOutcome Build, string Classpath)? TryBuildLuceneJava(string jsonl)
    {
        (LuceneJavaPeer, BuildOutcome, string)? built = null;
        Peer(LuceneJavaPeer.Name, () =>
        {
            var peer = new LuceneJavaPeer(settings, Log);
            var (build, classpath) = peer.Build(jsonl);
            built = (peer, build, classpath);
        });
        return built;
    }

    private LuceneJavaServer? TryStart(LuceneJavaPeer peer, string classpath, IReadOnlyList<BenchQuery> queries, CorpusManifest corpus)
    {
        LuceneJavaServer? server = null;
        Peer(LuceneJavaPeer.Name, () => server = peer.Start(classpath, queries, ResultChecks.Queries(corpus)));
        return server;
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
