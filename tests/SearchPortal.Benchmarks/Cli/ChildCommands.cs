using System.CommandLine;
using SearchPortal.Benchmarks.Engines;
using SearchPortal.Benchmarks.Engines.LuceneJava;
using SearchPortal.Benchmarks.Engines.Portal;
using SearchPortal.Benchmarks.Engines.Postgres;
using SearchPortal.Benchmarks.Engines.Sqlite;
using SearchPortal.Benchmarks.Measure;

namespace SearchPortal.Benchmarks.Cli;

/// <summary>
/// Hidden verbs the run starts as child processes, one build each, so that each build's peak RSS is its own:
/// build-portal, build-sqlite, build-postgres, profile-build and dump-articles (the Lucene Java peer's input). Each prints one <see cref="BuildOutcome"/> line.
/// </summary>
internal static class ChildCommands
{
    public static IEnumerable<Command> Create()
    {
        yield return Child("build-portal", "--index", (input, index) => PortalBuilder.Build(input, index));
        yield return Child("build-sqlite", "--db", (input, db) => SqliteBuilder.Build(input, db));
        yield return Child("build-postgres", "--connection", (input, connection) => PostgresBuilder.Build(input, connection));
        yield return Child("dump-articles", "--out", (input, output) => ArticleDumper.Dump(input, output));
        yield return Child("profile-build", "--sample", (input, sample) => BuildStageProfiler.Profile(input, int.Parse(sample, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static Command Child(string name, string targetName, Func<string, string, BuildOutcome> build)
    {
        var input = new Option<string>("--input") { Required = true };
        var target = new Option<string>(targetName) { Required = true };
        var command = new Command(name) { Hidden = true };
        command.Add(input);
        command.Add(target);
        command.SetAction(result =>
        {
            ChildProcess.Report(build(result.GetValue(input)!, result.GetValue(target)!));
            return 0;
        });
        return command;
    }
}
