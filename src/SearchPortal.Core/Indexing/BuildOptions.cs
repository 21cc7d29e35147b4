namespace SearchPortal.Core.Indexing;

/// <summary>How an index build runs.</summary>
public sealed record BuildOptions
{
    /// <summary>Commit after this many articles, so a long build never loses more than one batch.</summary>
    public int CommitEvery { get; init; } = 10_000;

    /// <summary>Start from an empty index instead of updating the existing one (applied atomically at the first commit).</summary>
    public bool Rebuild { get; init; }

    /// <summary>Articles handed to the worker threads at a time.</summary>
    public int BatchSize { get; init; } = 256;
}
