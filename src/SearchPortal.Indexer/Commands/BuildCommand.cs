using System.CommandLine;
using SearchPortal.Core.Indexing;
using Spectre.Console;

namespace SearchPortal.Indexer.Commands;

/// <summary>The <c>build</c> verb: index a folder (or file) of articles into an index folder.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder or file of articles (.txt, .html, .jsonl, .csv).", Required = true };
        var index = new Option<string>("--index") { Description = "Index folder (created if missing).", Required = true };
        var rebuild = new Option<bool>("--rebuild") { Description = "Replace the index instead of updating it." };
        var commitEvery = new Option<int>("--commit-every") { Description = "Commit after this many articles.", DefaultValueFactory = _ => new BuildOptions().CommitEvery };
        var command = new Command("build", "Index articles, then print what was indexed, what was skipped and why, and the time taken.")
        {
            input, index, rebuild, commitEvery,
        };
        command.SetAction(result => Run(result.GetValue(input)!, result.GetValue(index)!,
            new BuildOptions { Rebuild = result.GetValue(rebuild), CommitEvery = Math.Max(1, result.GetValue(commitEvery)) }));
        return command;
    }

    private static int Run(string input, string indexPath, BuildOptions options)
    {
        if (!System.IO.Directory.Exists(input) && !File.Exists(input))
        {
            Console.Error.WriteLine($"Input not found: {input}");
            return 2;
        }
        using var directory = BuildDirectory.Open(indexPath);
        var builder = Composition.CreateIndexBuilder();
        var summary = Console.IsOutputRedirected
            ? builder.Build(input, directory, options)
            : WithProgressBar(progress => builder.Build(input, directory, options, progress));
        BuildReport.Print(summary, indexPath);
        return 0;
    }

    private static BuildSummary WithProgressBar(Func<IProgress<BuildProgress>, BuildSummary> build)
    {
        BuildSummary? summary = null;
        AnsiConsole.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Indexing").IsIndeterminate();
                var progress = new Progress<BuildProgress>(p =>
                    task.Description = $"Indexing: {p.Indexed:N0} articles, {p.Problems:N0} reported");
                summary = build(progress);
                task.StopTask();
            });
        return summary!;
    }
}
