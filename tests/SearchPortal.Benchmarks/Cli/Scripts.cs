using System.Diagnostics;

namespace SearchPortal.Benchmarks.Cli;

/// <summary>Runs the bash scripts shipped in scripts/ (copied next to the program), passing their stderr to the log.</summary>
internal static class Scripts
{
    /// <summary>Runs the script and returns its exit code; output goes to the log.</summary>
    public static int Run(string name, Action<string> log, params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(RepoPaths.Script(name));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start bash");
        process.OutputDataReceived += (_, e) => Forward(e.Data, log);
        process.ErrorDataReceived += (_, e) => Forward(e.Data, log);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static void Forward(string? line, Action<string> log)
    {
        if (!string.IsNullOrWhiteSpace(line)) log("  " + line);
    }
}
