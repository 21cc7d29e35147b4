using System.Diagnostics;
using System.Net;
using SearchPortal.Benchmarks.Cli;
using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Http;

/// <summary>
/// HTTP throughput of /api/search: starts the web app on the built index (loopback only), checks that it
/// answers every query of the mix, warms it up, then runs wrk at 1, 8 and 32 connections for a bounded time
/// each. Skips with a reason when the web project is missing, does not start or does not answer.
/// </summary>
internal static class HttpStage
{
    private static readonly int[] ConnectionLevels = [1, 8, 32];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    public static HttpOutcome Run(BenchSettings settings, string indexPath, IReadOnlyList<BenchQuery> queries, Action<string> log)
    {
        if (settings.SkipHttp) return HttpOutcome.Skipped("--no-http was given");
        if (!File.Exists(RepoPaths.WebProject)) return HttpOutcome.Skipped($"the web app is not in this checkout ({Path.GetRelativePath(RepoPaths.Root, RepoPaths.WebProject)} missing)");
        if (Scripts.Run("ensure-package.sh", log, "wrk", "wrk") != 0) return HttpOutcome.Skipped("wrk is not installed and could not be installed");

        using var app = WebAppProcess.Start(indexPath, LoopbackPort.Free());
        log($"http: starting the web app at {app.BaseUrl} (dotnet run -c Release; may compile first)");
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        var ready = WaitUntilAnswering(app, client, queries[0].ApiPath());
        if (ready is not null) return HttpOutcome.Skipped(ready);
        var failing = queries.Select(q => q.ApiPath()).Distinct().Where(p => Status(client, p) != HttpStatusCode.OK).ToArray();
        if (failing.Length == queries.Count) return HttpOutcome.Skipped($"/api/search answers no query of the mix with 200 (e.g. {failing[0]})");
        foreach (var path in failing) log($"http: warning: {path} does not answer 200");

        var script = WrkRunner.WriteScript(queries, Path.Combine(settings.WorkDir, "wrk-mix.lua"));
        WrkRunner.Run(app.BaseUrl, script, 8, settings.HttpSeconds);
        var runs = new List<WrkResult>();
        foreach (var connections in ConnectionLevels)
        {
            var run = WrkRunner.Run(app.BaseUrl, script, connections, settings.HttpSeconds);
            log($"http: {connections,2} connections: {run.RequestsPerSecond,8:N0} req/s  p50 {run.P50Ms:N1} ms  p99 {run.P99Ms:N1} ms  non-2xx {run.Non2xx}");
            if (run.Non2xx > 0) log($"http: warning: {run.Non2xx:N0} of {run.Requests:N0} responses were not 2xx (rate limited or failing); this level does not count towards the target");
            runs.Add(run);
        }
        return new HttpOutcome("ok", failing.Length == 0 ? null : $"{failing.Length} query paths did not answer 200", runs);
    }

    private static string? WaitUntilAnswering(WebAppProcess app, HttpClient client, string path)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (app.HasExited) return "the web app exited before answering:\n" + app.OutputTail;
            var status = Status(client, path);
            if (status == HttpStatusCode.OK) return null;
            if (status is not null and not HttpStatusCode.ServiceUnavailable) return $"the web app answered {path} with {(int)status}";
            Thread.Sleep(1000);
        }
        return $"the web app did not answer within {StartTimeout.TotalMinutes:N0} minutes:\n" + app.OutputTail;
    }

    private static HttpStatusCode? Status(HttpClient client, string path)
    {
        try
        {
            using var response = client.GetAsync(path).GetAwaiter().GetResult();
            return response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }
}
