using System.Diagnostics;
using System.Text.Json;
using SearchPortal.Benchmarks.Engines;

namespace SearchPortal.Benchmarks.Measure;

/// <summary>
/// Runs a build in a child process of this same program, so that its peak RSS (VmHWM) is the build's alone,
/// and reads back the <see cref="BuildOutcome"/> line it prints; other output is passed to the log.
/// </summary>
internal static class ChildProcess
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static BuildOutcome Run(IReadOnlyList<string> arguments, Action<string> log)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") info.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + info.FileName);
        var errors = new List<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (errors) errors.Add(e.Data);
        };
        process.BeginErrorReadLine();
        BuildOutcome? outcome = null;
        for (var line = process.StandardOutput.ReadLine(); line is not null; line = process.StandardOutput.ReadLine())
        {
            if (line.StartsWith(BuildOutcome.Marker, StringComparison.Ordinal)) outcome = JsonSerializer.Deserialize<BuildOutcome>(line[BuildOutcome.Marker.Length..], Json);
            else log("  " + line);
        }
        process.WaitForExit();
        if (process.ExitCode != 0 || outcome is null)
        {
            string tail;
            lock (errors) tail = string.Join('\n', errors.Count <= 30 ? errors : [.. errors.Take(10), "…", .. errors.TakeLast(20)]);
            throw new InvalidOperationException($"'{string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{tail}");
        }
        return outcome;
    }

    /// <summary>In the child: print the outcome line the parent reads.</summary>
    public static void Report(BuildOutcome outcome) => Console.WriteLine(BuildOutcome.Marker + JsonSerializer.Serialize(outcome, Json));
}
