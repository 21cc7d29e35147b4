using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using SearchPortal.Benchmarks.Measure;
using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Engines.LuceneJava;

/// <summary>
/// The Lucene Java peer's JVM (<c>bench.Main serve</c>), kept running while the latency protocol alternates it with
/// the portal class by class: one JSON command line in, one "BENCH-RESULT {json}" line back; its other output goes
/// to the log. The JVM times its own queries, so no process boundary is timed. Single-threaded use.
/// </summary>
internal sealed class LuceneJavaServer : IClassMeasurer, IDisposable
{
    private readonly Process _process;
    private readonly Action<string> _log;
    private readonly List<string> _errors = [];

    public LuceneJavaServer(string classpath, string index, string request, string response, Action<string> log)
    {
        _log = log;
        var info = new ProcessStartInfo("java")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var argument in JavaToolchain.SearchOptions.Concat(["-cp", classpath, "bench.Main", "serve", "--index", index, "--queries", request, "--out", response]))
        {
            info.ArgumentList.Add(argument);
        }
        _process = Process.Start(info) ?? throw new InvalidOperationException("could not start java");
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_errors) _errors.Add(e.Data);
        };
        _process.BeginErrorReadLine();
    }

    public string Name => LuceneJavaPeer.Name;

    public void WarmUp(IReadOnlyList<BenchQuery> queries) => Ask(new JsonObject { ["op"] = "warmup" });

    public ClassMeasurement Measure(string @class, BenchQuery[] members)
    {
        var node = Ask(new JsonObject { ["op"] = "measure", ["class"] = @class });
        if (node["error"] is { } error) return ClassMeasurement.Failed(@class, error.GetValue<string>());
        var samples = node["samples_ms"]!.AsArray().Select(s => s!.GetValue<double>()).ToArray();
        var allocated = Number(node, "allocated_bytes");
        return new ClassMeasurement(@class, LatencyStats.From(samples), Number(node, "avg_total"), (int)Number(node, "facet_dims"),
            Number(node, "hits_returned"), Number(node, "hits_with_snippets"), null)
        {
            Gc = new GcCounts(new Dictionary<string, long> { ["young"] = (long)Number(node, "gc_young"), ["old"] = (long)Number(node, "gc_old") }, samples.Length)
            {
                AllocatedBytes = allocated >= 0 ? (long)allocated : null,
            },
        };
    }

    /// <summary>Asks for the stage split, the checks and the full answers (written to the response file), and waits for the JVM to end.</summary>
    public void Finish()
    {
        Ask(new JsonObject { ["op"] = "finish" });
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private JsonNode Ask(JsonObject command)
    {
        _process.StandardInput.WriteLine(command.ToJsonString());
        _process.StandardInput.Flush();
        for (var line = _process.StandardOutput.ReadLine(); line is not null; line = _process.StandardOutput.ReadLine())
        {
            if (line.StartsWith(BuildOutcome.Marker, StringComparison.Ordinal)) return JsonNode.Parse(line[BuildOutcome.Marker.Length..])!;
            _log("  " + line);
        }
        _process.WaitForExit();
        string tail;
        lock (_errors) tail = string.Join('\n', _errors.TakeLast(20));
        throw new InvalidOperationException($"the Lucene Java JVM exited with {_process.ExitCode} before answering {command.ToJsonString(JsonSerializerOptions.Default)}:\n{tail}");
    }

    private static double Number(JsonNode node, string name) => node[name]?.GetValue<double>() ?? 0;
}
