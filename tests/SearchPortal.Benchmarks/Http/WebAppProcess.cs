using System.Diagnostics;
using SearchPortal.Benchmarks.Cli;

namespace SearchPortal.Benchmarks.Http;

/// <summary>
/// The portal's web app as a child process: <c>dotnet run -c Release --project src/SearchPortal.Web --urls
/// http://127.0.0.1:PORT</c> with <c>SearchPortal__IndexPath</c> set to the built index and the rate limits
/// lifted (loopback load test). Disposing kills the
/// process tree it started (dotnet run and the app).
/// </summary>
internal sealed class WebAppProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private WebAppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public bool HasExited => _process.HasExited;

    public string OutputTail
    {
        get
        {
            lock (_output) return string.Join('\n', _output.TakeLast(15));
        }
    }

    public static WebAppProcess Start(string indexPath, int port)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var argument in new[] { "run", "-c", "Release", "--project", RepoPaths.WebProject, "--urls", baseUrl }) info.ArgumentList.Add(argument);
        info.Environment["SearchPortal__IndexPath"] = indexPath;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        // The per-client rate limit (120 requests per 10 s by default) and the server-wide concurrency limit (32 at
        // once, 64 queued) would turn a load test into 429s and 503s.
        info.Environment["SearchPortal__RateLimit__PermitsPerWindow"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["SearchPortal__RateLimit__WindowSeconds"] = "1";
        info.Environment["SearchPortal__RateLimit__MaxConcurrentRequests"] = "1024";
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet run");
        var app = new WebAppProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Add(line);
            if (_output.Count > 200) _output.RemoveAt(0);
        }
    }
}
