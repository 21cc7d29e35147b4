using Lucene.Net.Search;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// A Lucene query built from user syntax, concept expansions included, with notices to show the
/// user (fallbacks, ignored parts, long-query ranking, the terms added in the other language). Immutable.
/// </summary>
public sealed record ParsedQuery(Query Query, IReadOnlyList<UserMessage> Notices, bool IsEmpty)
{
    /// <summary>
    /// The <see cref="SearchLimits"/> bound the typed query broke (a wildcard pattern too large, too many expanded
    /// terms); <see cref="Query"/> then searches its plain words instead. Null when the query is within bounds.
    /// </summary>
    public LimitProblem? Problem { get; init; }

    /// <summary>The crime-concept terms searched besides the typed words (none without expansion).</summary>
    public IReadOnlyList<AddedTerm> Added { get; init; } = [];
}
