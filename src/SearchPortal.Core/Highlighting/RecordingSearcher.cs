using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// A searcher for one search that keeps the <see cref="TermContext"/> (term states in every segment, document
/// frequency) of each term its query weights look up, so that <see cref="PassageHighlighter.Prepare"/>, given this
/// searcher, reuses them instead of looking every query term up again in every segment: highlighting the top hits
/// then costs what their own postings cost, whatever the number of segments. Snippets are the same as with the
/// shared searcher (same reader, same statistics). Wraps the shared searcher's reader and similarity and does no
/// work of its own when created; create one per search, run the search with it, then prepare the highlighter with
/// it. Not thread-safe: one search, one thread.
/// </summary>
public sealed class RecordingSearcher : IndexSearcher
{
    private readonly Dictionary<Term, TermContext> _contexts = [];

    public RecordingSearcher(IndexSearcher shared) : base(shared.TopReaderContext) => Similarity = shared.Similarity;

    /// <summary>Called by every term and phrase weight with the context it built; recorded, then answered as usual.</summary>
    public override TermStatistics TermStatistics(Term term, TermContext context)
    {
        _contexts[term] = context;
        return base.TermStatistics(term, context);
    }

    /// <summary>The context a weight of this searcher built for <paramref name="term"/>, or null.</summary>
    internal TermContext? Recorded(Term term) => _contexts.GetValueOrDefault(term);
}
