namespace SearchPortal.Benchmarks.Workload;

/// <summary>The shape of a query, which each engine translates into its own syntax.</summary>
internal enum QueryKind
{
    /// <summary>An empty query: every article (matching the filters), newest first, with facets.</summary>
    Browse,
    Term,
    And,
    Phrase,
    Or,
    Prefix,
}
