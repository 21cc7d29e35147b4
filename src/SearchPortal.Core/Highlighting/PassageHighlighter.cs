using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Phrase-aware passage highlighting from the offsets indexed in the postings (Lucene.Net has no
/// usable highlighter package here): query terms are located through the postings of the
/// title/body fields, so stemmed, folded and phrase matches mark the original words without
/// re-analysing the text. It returns text with mark ranges (<see cref="MarkedText"/>), never markup: rendering is
/// the callers' (HTML, plain text, terminal). Stateless and thread-safe: one instance serves the whole app.
/// Call <see cref="Prepare"/> once per search and pass the result for each hit; the overloads
/// taking a query prepare on every call and suit single documents.
/// </summary>
public sealed class PassageHighlighter
{
    private static readonly HashSet<string> StoredFields = [ArticleSchema.Text, ArticleSchema.Title];

    private readonly MultiTermExpansion _expansion;

    /// <param name="maxExpandedTerms">
    /// Most index terms a prefix, wildcard or fuzzy part of a query is expanded to when it is highlighted: the bound
    /// the searcher's parser holds queries to.
    /// </param>
    public PassageHighlighter(int maxExpandedTerms) => _expansion = new MultiTermExpansion(maxExpandedTerms);

    /// <summary>
    /// Compiles <paramref name="query"/> for highlighting hits of <paramref name="searcher"/>: any hit, or only the
    /// documents in <paramref name="hits"/> when given. Prefixes, wildcards and fuzzy words are then expanded in those
    /// documents' segments only, so a page of hits costs the same however many segments the index has; another
    /// document gets no marks from such words.
    /// </summary>
    public PreparedHighlightQuery Prepare(IndexSearcher searcher, Query query, IEnumerable<int>? hits = null) =>
        new HighlightQueryCompiler(searcher, _expansion, hits is null ? null : LeavesOf(searcher, hits)).Compile(query);

    public HighlightResult Highlight(IndexSearcher searcher, Query query, int docId, int maxPassages = 3) =>
        Highlight(Prepare(searcher, query, [docId]), docId, searcher.Doc(docId, StoredFields), maxPassages);

    /// <summary>Highlights a hit whose stored fields (at least text and title) the caller has already loaded.</summary>
    public HighlightResult Highlight(PreparedHighlightQuery prepared, int docId, Document stored, int maxPassages = 3) =>
        Highlight(prepared, docId, stored.Get(ArticleSchema.Text) ?? "", stored.Get(ArticleSchema.Title) ?? "", maxPassages);

    /// <summary>Highlights a hit given its stored text and title (the strings its offsets refer to).</summary>
    public HighlightResult Highlight(PreparedHighlightQuery prepared, int docId, string text, string title, int maxPassages = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPassages);
        var bodyHits = new List<MatchHit>();
        var titleHits = new List<MatchHit>();
        MatchFinder.Find(prepared, docId, bodyHits, titleHits);
        var marked = new MarkedTextBuilder(title.Length).Append(title, 0, title.Length, Marks(titleHits, title.Length), collapseWhitespace: true);
        return new HighlightResult(Snippets(prepared, text, bodyHits, maxPassages), marked.ToMarkedText());
    }

    public IReadOnlyList<MarkedText> HighlightFullText(IndexSearcher searcher, Query query, int docId) =>
        HighlightFullText(Prepare(searcher, query, [docId]), docId, searcher.Doc(docId, StoredFields).Get(ArticleSchema.Text) ?? "");

    /// <summary>The whole text as paragraphs (line breaks inside a paragraph kept), every match marked.</summary>
    public IReadOnlyList<MarkedText> HighlightFullText(PreparedHighlightQuery prepared, int docId, string text)
    {
        var bodyHits = new List<MatchHit>();
        MatchFinder.Find(prepared, docId, bodyHits, []);
        var marks = Marks(bodyHits, text.Length);
        var passages = SentenceSplitter.Split(text);
        var paragraphs = new List<MarkedText>();
        for (var p = 0; p < passages.Count;)
        {
            var last = p;
            while (last + 1 < passages.Count && !passages[last + 1].StartsParagraph) last++;
            var paragraph = new MarkedTextBuilder(passages[last].End - passages[p].Start)
                .Append(text, passages[p].Start, passages[last].End, marks, collapseWhitespace: false);
            paragraphs.Add(paragraph.ToMarkedText());
            p = last + 1;
        }
        return paragraphs;
    }

    private static IReadOnlyList<MarkedText> Snippets(PreparedHighlightQuery prepared, string text, List<MatchHit> hits, int maxPassages)
    {
        var passages = SentenceSplitter.Split(text);
        if (passages.Count == 0) return [];
        var marks = Marks(hits, text.Length);
        var selected = hits.Count == 0
            ? []
            : SnippetPlanner.Best(PassageScorer.Score(passages, hits, prepared.ConceptCount), maxPassages);
        // No passage matches (title-only, author-only or match-all query): show the opening.
        if (selected.Count == 0) selected.Add(0);
        var snippets = new List<MarkedText>(selected.Count);
        var snippet = new MarkedTextBuilder(SnippetPlanner.MaxLength + 2);
        foreach (var span in SnippetPlanner.Plan(passages, selected))
        {
            var window = SnippetWindow.Fit(text, span, marks);
            snippet.Clear();
            if (window.CutBefore) snippet.AppendEllipsis();
            snippet.Append(text, window.Start, window.End, marks, collapseWhitespace: true);
            if (window.CutAfter) snippet.AppendEllipsis();
            snippets.Add(snippet.ToMarkedText());
        }
        return snippets;
    }

    /// <summary>Sorts the hits by offset (the scorer relies on it) and merges them into marks.</summary>
    private static List<MarkRange> Marks(List<MatchHit> hits, int textLength)
    {
        hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return MarkRange.Merge(hits, textLength);
    }

    private static HashSet<int> LeavesOf(IndexSearcher searcher, IEnumerable<int> docs)
    {
        var leaves = searcher.TopReaderContext.Leaves;
        return [.. docs.Select(doc => ReaderUtil.SubIndex(doc, leaves))];
    }
}
