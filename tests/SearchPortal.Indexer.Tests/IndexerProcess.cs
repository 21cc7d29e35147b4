using System.Diagnostics;

namespace SearchPortal.Indexer.Tests;

/// <summary>Runs the real indexer CLI as a child process (the built SearchPortal.Indexer.dll beside the tests).</summary>
public static class IndexerProcess
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SearchPortal.Indexer.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SearchPortal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SearchPortal.sln not found");
    }
}
