using SearchPortal.Core.Highlighting;

namespace SearchPortal.Core.Search;

/// <summary>
/// One article for its page: the hit fields, the full text as paragraphs with the query's matches marked, and its
/// metadata. Immutable.
/// </summary>
public sealed record ArticleDetail(SearchHit Article, IReadOnlyList<MarkedText> Paragraphs, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The bound the marking query broke (see <see cref="ParsedQuery.Problem"/>); its plain words are marked instead.</summary>
    public LimitProblem? QueryProblem { get; init; }
}
