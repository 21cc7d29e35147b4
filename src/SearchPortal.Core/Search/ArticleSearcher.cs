using System.Diagnostics;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Search;

/// <summary>
/// Every read of the index: searches, facet value searches, articles, export streams and more-like-this. Each
/// operation reads the <see cref="IndexSnapshot"/> it is given, current or pinned, which the caller opened from
/// <see cref="IndexSnapshots"/> (the only source of searchers) and disposes. Stateless apart from the query parser
/// and highlighter it shares across threads; thread-safe.
/// </summary>
public sealed class ArticleSearcher
{
    private readonly UserQueryParser _parser = new();
    private readonly PassageHighlighter _highlighter = new(SearchLimits.MaxExpandedTerms);

    public SearchResponse Search(IndexSnapshot snapshot, SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        // The highlighter reuses the term states the search's weights look up (see RecordingSearcher).
        var searcher = new RecordingSearcher(snapshot.Searcher);
        var parsed = _parser.Parse(request.Query, request.Expand, searcher.IndexReader, request.ExcludedTerms);
        var notices = new List<string>();
        var selection = SearchFilters.Resolve(searcher.IndexReader, request, notices, out var filterErrors);
        notices.AddRange(parsed.Notices);
        var sort = SortFor(request, parsed);
        if (filterErrors.Count > 0)
        {
            return SearchResponse.Refused(request, [.. notices, .. filterErrors], filterErrors, clock.ElapsedMilliseconds) with { QueryProblem = parsed.Problem };
        }

        var collector = CreateCollector(sort, request.Page * request.Size);
        var facets = FacetedSearch.Run(searcher, parsed.Query, selection, collector, request.FacetSize);
        var top = collector.GetTopDocs((request.Page - 1) * request.Size, request.Size);
        if (collector.TotalHits == 0 && SpellingSuggester.Suggest(searcher.IndexReader, request.Query) is { } suggestion)
        {
            notices.Add(SpellingSuggester.NoticePrefix + suggestion);
        }
        var hits = top.ScoreDocs.Length == 0 ? [] : Highlighted(searcher, parsed.Query, top.ScoreDocs);
        return new SearchResponse(request.Query ?? "", collector.TotalHits, request.Page, request.Size,
            clock.ElapsedMilliseconds, notices, hits, facets) { Match = selection.Match, QueryProblem = parsed.Problem, AddedTerms = parsed.Added };
    }

    /// <summary>
    /// The article with <paramref name="key"/>, or null; its full text comes in paragraphs with the terms of
    /// <paramref name="query"/> marked (no marks without a query; its plain words, with
    /// <see cref="ArticleDetail.QueryProblem"/> set, for a query over <see cref="SearchLimits"/>).
    /// </summary>
    public ArticleDetail? Find(IndexSnapshot snapshot, string key, string? query)
    {
        var searcher = snapshot.Searcher;
        if (DocOf(searcher, key) is not { } docId) return null;
        var doc = searcher.Doc(docId);
        var parsed = _parser.Parse(query, reader: searcher.IndexReader);
        var prepared = _highlighter.Prepare(searcher, parsed.Query);
        return new ArticleDetail(
            ArticleHits.From(doc, 0f, _highlighter.Highlight(prepared, docId, doc)),
            _highlighter.HighlightFullText(prepared, docId, doc.Get(ArticleSchema.Text)),
            ArticleHits.Metadata(doc)) { QueryProblem = parsed.Problem };
    }

    /// <summary>
    /// The article with <paramref name="key"/> as a hit, or null; with <paramref name="snippets"/> its opening as the
    /// snippet (as a search without query shows it), else none.
    /// </summary>
    public SearchHit? Get(IndexSnapshot snapshot, string key, bool snippets)
    {
        var searcher = snapshot.Searcher;
        if (DocOf(searcher, key) is not { } docId) return null;
        var doc = searcher.Doc(docId);
        if (!snippets) return Unhighlighted(doc, 0f);
        return ArticleHits.From(doc, 0f, _highlighter.Highlight(_highlighter.Prepare(searcher, _parser.Parse(null).Query), docId, doc));
    }

    /// <summary>
    /// Values of <paramref name="dimension"/> starting with <paramref name="prefix"/>, counted over the request's search;
    /// empty, with the reasons in <paramref name="filterErrors"/>, when a filter names an unknown value, and
    /// empty, with the reason in <paramref name="queryProblem"/>, when the query is over <see cref="SearchLimits"/>.
    /// </summary>
    public IReadOnlyList<FacetValue> SearchFacetValues(IndexSnapshot snapshot, SearchRequest request, FacetDimension dimension,
        string prefix, int limit, out IReadOnlyList<string> filterErrors, out LimitProblem? queryProblem)
    {
        var searcher = snapshot.Searcher;
        var selection = SearchFilters.Resolve(searcher.IndexReader, request, notices: null, out var errors);
        filterErrors = errors;
        var parsed = _parser.Parse(request.Query, request.Expand, searcher.IndexReader, request.ExcludedTerms);
        queryProblem = parsed.Problem;
        if (errors.Count > 0 || queryProblem is not null) return [];
        return FacetValueSearch.Search(searcher, parsed.Query, dimension, prefix, limit, selection);
    }

    /// <summary>
    /// Every hit of <paramref name="request"/> in the order its pages list them, streamed in chunks (page and size do
    /// not apply). The caller keeps the snapshot open while enumerating the hits. Without <paramref name="snippets"/>
    /// the hits are not highlighted (citation formats).
    /// </summary>
    public HitStream StreamAll(IndexSnapshot snapshot, SearchRequest request, int chunkSize = HitStream.DefaultChunkSize,
        bool snippets = true)
    {
        var parsed = _parser.Parse(request.Query, request.Expand, snapshot.Searcher.IndexReader, request.ExcludedTerms);
        var selection = SearchFilters.Resolve(snapshot.Searcher.IndexReader, request, notices: null, out var filterErrors);
        return new HitStream(snapshot, request, parsed, selection, filterErrors, SortFor(request, parsed), snippets ? _highlighter : null, chunkSize);
    }

    /// <summary>Up to <paramref name="count"/> articles whose text is most like the article with <paramref name="key"/>, never itself.</summary>
    public IReadOnlyList<SearchHit> MoreLikeThis(IndexSnapshot snapshot, string key, int count)
    {
        var searcher = snapshot.Searcher;
        if (DocOf(searcher, key) is not { } docId) return [];
        var similar = SimilarArticles.Query(searcher.IndexReader, searcher.Doc(docId));
        return searcher.Search(similar, count).ScoreDocs.Select(d => Unhighlighted(searcher.Doc(d.Doc), d.Score)).ToList();
    }

    private List<SearchHit> Highlighted(IndexSearcher searcher, Query query, ScoreDoc[] scoreDocs)
    {
        var prepared = _highlighter.Prepare(searcher, query);
        return scoreDocs.Select(d =>
        {
            var doc = searcher.Doc(d.Doc);
            return ArticleHits.From(doc, d.Score, _highlighter.Highlight(prepared, d.Doc, doc));
        }).ToList();
    }

    private static int? DocOf(IndexSearcher searcher, string key)
    {
        if (!ArticleKey.IsWellFormed(key)) return null;
        var top = searcher.Search(new TermQuery(new Lucene.Net.Index.Term(ArticleSchema.Key, key)), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }

    private static SearchHit Unhighlighted(Lucene.Net.Documents.Document doc, float score) =>
        ArticleHits.From(doc, score, HighlightResult.Unmarked(doc.Get(ArticleSchema.Title)));

    private static SortOrder SortFor(SearchRequest request, ParsedQuery parsed) =>
        request.Sort ?? (parsed.IsEmpty ? SortOrder.Newest : SortOrder.Relevance);

    /// <summary>
    /// The collector of a page or an export chunk: hits in the sort's total order (score or date, then doc id),
    /// after <paramref name="after"/> when given, so search-after pages line up with numbered pages.
    /// </summary>
    internal static ITopDocsCollector CreateCollector(SortOrder sort, int depth, ScoreDoc? after = null) => sort == SortOrder.Relevance
        ? TopScoreDocCollector.Create(depth, after, docsScoredInOrder: false)
        : TopFieldCollector.Create(ByDate(sort == SortOrder.Newest), depth, (FieldDoc?)after, fillFields: true,
            trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);

    internal static Sort ByDate(bool newestFirst)
    {
        var date = new SortField(ArticleSchema.PublishedSort, SortFieldType.INT64, newestFirst);
        // Undated articles go last in both directions.
        date.SetMissingValue(newestFirst ? long.MinValue : long.MaxValue);
        return new Sort(date, SortField.FIELD_DOC);
    }
}
