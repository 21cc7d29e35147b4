using Lucene.Net.Analysis;
using Lucene.Net.Search;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// Concept expansion for one parse: the shared <see cref="ConceptExpander"/> and the added terms the request leaves out
/// (compared by <see cref="ConceptExpander.Key"/>). One per parse; not thread-safe only in that it is not shared.
/// </summary>
internal sealed class ConceptExpansion(ConceptExpander expander, IEnumerable<string>? excluded)
{
    private readonly HashSet<string> _excluded = (excluded ?? []).Select(ConceptExpander.Key).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<ConceptSpan> Find(IReadOnlyList<string> words) => expander.Find(words);

    public ConceptSpan? FindPhrase(string phrase) => expander.FindPhrase(phrase);

    public ExpansionQuery? Alternatives(ConceptSpan span, Analyzer analyzer, List<UserMessage> notices) =>
        expander.Alternatives(span, analyzer, _excluded, notices);

    /// <summary>
    /// The typed words' query OR the concept's added terms, each a clause of its own (see <see cref="ExpansionQuery"/>);
    /// the typed words alone when the concept adds nothing.
    /// </summary>
    public Query? Expand(Query? typed, ConceptSpan span, Analyzer analyzer, List<UserMessage> notices)
    {
        var added = Alternatives(span, analyzer, notices);
        if (added is null) return typed;
        if (typed is null) return added;
        return new BooleanQuery { { typed, Occur.SHOULD }, { added, Occur.SHOULD } };
    }
}
