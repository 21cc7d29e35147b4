namespace SearchPortal.Core.Search;

/// <summary>
/// Thrown while a query is built when it would exceed a <see cref="SearchLimits"/> bound; carries the reason.
/// Not a Lucene ParseException, so that the classic parser lets it through unwrapped.
/// </summary>
internal sealed class QueryLimitException(LimitProblem problem) : Exception(problem.Message)
{
    public LimitProblem Problem { get; } = problem;
}
