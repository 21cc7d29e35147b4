using System.Diagnostics;
using System.Text.Json;
using SearchPortal.Benchmarks.Engines;

namespace SearchPortal.Benchmarks.Measure;

/// <summary>
/// Runs a build in a child process (this same program, or another one such as the Lucene Java peer), so that its
/// peak RSS (VmHWM) is the build's alone, and reads back the <see cref="BuildOutcome"/> line it prints; other output
/// is passed to the log.
/// </summary>
internal static class ChildProcess
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Runs one of this program's hidden verbs and returns the outcome it reports.</summary>
    public static BuildOutcome Run(IReadOnlyList<string> arguments, Action<string> log)
    {
        var self = Environment.ProcessPath!;
        var prefix = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [typeof(ChildProcess).Assembly.Location] : Array.Empty<string>();
        return Run(self, [.. prefix, .. arguments], log);
    }

    /// <summary>Runs <paramref name="program"/> and returns the outcome it reports; throws when it fails or reports none.</summary>
    public static BuildOutcome Run(string program, IReadOnlyList<string> arguments, Action<string> log) =>
        Execute(program, arguments, log, requireOutcome: true)!;

    /// <summary>Runs <paramref name="program"/> to its end, its output passed to the log; throws when it fails.</summary>
    public static void Exec(string program, IReadOnlyList<string> arguments, Action<string> log) =>
        Execute(program, arguments, log, requireOutcome: false);

    /// <summary>In the child: print the outcome line the parent reads.</summary>
    public static void Report(BuildOutcome outcome) => Console.WriteLine(BuildOutcome.Marker + JsonSerializer.Serialize(outcome, Json));

    private static BuildOutcome? Execute(string program, IReadOnlyList<string> arguments, Action<string> log, bool requireOutcome)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
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
        if (process.ExitCode != 0 || (requireOutcome && outcome is null))
        {
            string tail;
            lock (errors) tail = string.Join('\n', errors.Count <= 30 ? errors : [.. errors.Take(10), "…", .. errors.TakeLast(20)]);
            throw new InvalidOperationException($"'{Path.GetFileName(program)} {string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{tail}");
        }
        return outcome;
    }
}
