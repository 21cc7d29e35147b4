namespace SearchPortal.Benchmarks.Cli;

/// <summary>One benchmark run as the command line asked for it, with the derived sizes of each stage.</summary>
internal sealed record BenchSettings
{
    public const int QuickMaxDocs = 20_000;

    public required int Docs { get; init; }
    public required bool Quick { get; init; }
    public required IReadOnlySet<string> Peers { get; init; }
    public required string OutDir { get; init; }
    public required string WorkDir { get; init; }
    public required int Seed { get; init; }
    public required bool SkipHttp { get; init; }

    /// <summary>Longest time spent passing over the whole mix before any measurement (at least one pass, at most 10).</summary>
    public TimeSpan WarmupTime => TimeSpan.FromSeconds(Quick ? 3 : 15);

    /// <summary>Passes over a query class before measuring it (after the warm-up of the whole mix).</summary>
    public int WarmupRounds => Quick ? 1 : 2;

    /// <summary>Measured passes over each query class, unless <see cref="ClassBudget"/> runs out first.</summary>
    public int Rounds => Quick ? 5 : 25;

    /// <summary>Time cap per engine and query class; at least one measured pass always runs.</summary>
    public TimeSpan ClassBudget => TimeSpan.FromSeconds(Quick ? 3 : 60);

    /// <summary>wrk duration per connection level.</summary>
    public int HttpSeconds => Quick ? 3 : 10;

    public bool Runs(string peer) => Peers.Contains(peer);
}
