namespace SearchPortal.Core.Indexing;

/// <summary>How an index build runs.</summary>
public sealed record BuildOptions
{
    /// <summary>
    /// Commit after this many articles, so a long build never loses more than that. Each commit flushes small
    /// segments that must later be merged, so commits are kept about a minute of build time apart.
    /// </summary>
    public int CommitEvery { get; init; } = 100_000;

    /// <summary>Start from an empty index instead of updating the existing one (applied atomically at the first commit).</summary>
    public bool Rebuild { get; init; }

    /// <summary>Articles read ahead of the worker threads, and the interval between progress reports.</summary>
    public int BatchSize { get; init; } = 256;
}
