using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Engines;

/// <summary>
/// A search engine under test, opened on an index it built from the corpus. One query at a time
/// (the latency runner is single-threaded); disposing closes the index or connection.
/// </summary>
internal interface ISearchEngine : IDisposable
{
    string Name { get; }

    /// <summary>Top 10 with snippets and the counts of all six facet dimensions over the matched set.</summary>
    EngineResult Search(BenchQuery query);
}
