using System.Diagnostics;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Messages;

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
        var notices = new List<UserMessage>();
        var selection = SearchFilters.Resolve(searcher.IndexReader, request, notices, out var filterErrors);
        if (filterErrors.Count > 0)
        {
            return SearchResponse.Refused(request, [.. notices, .. parsed.Notices, .. filterErrors], filterErrors, clock.ElapsedMilliseconds) with { QueryProblem = parsed.Problem };
        }

        var sort = SortFor(request, parsed);
        var collector = CreateCollector(sort, request.Page * request.Size);
        var facets = FacetedSearch.Run(searcher, ScopeConfinement.Confine(searcher, parsed.Query, request.Scope), selection, collector, request.FacetSize);
        ParsedQuery? corrected = null;
        var correction = request.Correct ? Correction(searcher, request, selection, collector.TotalHits, out corrected) : null;
        if (correction is { Applied: true })
        {
            parsed = corrected!;
            collector = CreateCollector(sort, request.Page * request.Size);
            facets = FacetedSearch.Run(searcher, ScopeConfinement.Confine(searcher, parsed.Query, request.Scope), selection, collector, request.FacetSize);
        }
        notices.AddRange(parsed.Notices);
        var top = collector.GetTopDocs((request.Page - 1) * request.Size, request.Size);
        var hits = Highlighted(searcher, parsed.Query, top.ScoreDocs, out var texts);
        return new SearchResponse(request.Query ?? "", collector.TotalHits, request.Page, request.Size,
            clock.ElapsedMilliseconds, notices, hits, facets)
        {
            Match = selection.Match,
            QueryProblem = parsed.Problem,
            AddedTerms = parsed.Added,
            Correction = correction,
            Repeats = NearDuplicates.Find(hits, texts),
        };
    }

    /// <summary>
    /// The spelling correction of the request's query when it finds more articles than the <paramref name="total"/> the
    /// query as typed finds (within the same filters), applied when it finds <see cref="SpellingCorrection.ApplyRatio"/>
    /// times more and the typed query finds some; null when no word needs a correction.
    /// </summary>
    private SpellingCorrection? Correction(IndexSearcher searcher, SearchRequest request, FacetSelection selection, int total, out ParsedQuery? corrected)
    {
        corrected = null;
        if (SpellingSuggester.Suggest(searcher.IndexReader, request.Query) is not { } suggestion) return null;
        corrected = _parser.Parse(suggestion, request.Expand, searcher.IndexReader, request.ExcludedTerms);
        var hits = corrected.Problem is null ? FacetedSearch.Count(searcher, corrected.Query, selection) : 0;
        if (hits <= total) return null;
        return new SpellingCorrection(suggestion, Applied: total > 0 && hits >= SpellingCorrection.ApplyRatio * total, hits);
    }

    /// <summary>
    /// How many articles <paramref name="request"/> finds (its query as typed, its filters), without ranking, facets or
    /// highlights; 0 when a filter names an unknown value. The portal's empty state asks this once per filter it could drop.
    /// </summary>
    public int Count(IndexSnapshot snapshot, SearchRequest request)
    {
        var searcher = snapshot.Searcher;
        var selection = SearchFilters.Resolve(searcher.IndexReader, request, notices: null, out var errors);
        if (errors.Count > 0) return 0;
        return FacetedSearch.Count(searcher, _parser.Parse(request.Query, request.Expand, searcher.IndexReader, request.ExcludedTerms).Query, selection);
    }

    /// <summary>
    /// How many articles without a publication date the request finds when its year filters are left out, as the year
    /// histogram counts years (each dimension as if its own selection were absent); undated articles have no bar.
    /// </summary>
    public int CountUndated(IndexSnapshot snapshot, SearchRequest request)
    {
        var searcher = snapshot.Searcher;
        var selection = SearchFilters.Resolve(searcher.IndexReader, request, notices: null, out var errors)
            .WithValues(FacetSchema.Year, []).WithYears(null);
        if (errors.Count > 0) return 0;
        var undated = new BooleanQuery
        {
            { _parser.Parse(request.Query, request.Expand, searcher.IndexReader, request.ExcludedTerms).Query, Occur.MUST },
            { new ConstantScoreQuery(new FieldValueFilter(ArticleSchema.PublishedSort)), Occur.MUST_NOT },
        };
        return FacetedSearch.Count(searcher, undated, selection);
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
        var prepared = _highlighter.Prepare(searcher, parsed.Query, [docId]);
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
        return ArticleHits.From(doc, 0f, _highlighter.Highlight(_highlighter.Prepare(searcher, new MatchAllDocsQuery()), docId, doc));
    }

    /// <summary>
    /// Values of <paramref name="dimension"/> starting with <paramref name="prefix"/>, counted over the request's search;
    /// empty, with the reasons in <paramref name="filterErrors"/>, when a filter names an unknown value, and
    /// empty, with the reason in <paramref name="queryProblem"/>, when the query is over <see cref="SearchLimits"/>.
    /// </summary>
    public IReadOnlyList<FacetValue> SearchFacetValues(IndexSnapshot snapshot, SearchRequest request, FacetDimension dimension,
        string prefix, int limit, out IReadOnlyList<UserMessage> filterErrors, out LimitProblem? queryProblem)
    {
        var searcher = snapshot.Searcher;
        var selection = SearchFilters.Resolve(searcher.IndexReader, request, notices: null, out var errors);
        filterErrors = errors;
        var parsed = _parser.Parse(request.Query, request.Expand, searcher.IndexReader, request.ExcludedTerms);
        queryProblem = parsed.Problem;
        if (errors.Count > 0 || queryProblem is not null) return [];
        return FacetValueSearch.Search(searcher, ScopeConfinement.Confine(searcher, parsed.Query, request.Scope), dimension, prefix, limit, selection);
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

    /// <summary>The hits, highlighted, and each one's full text (<paramref name="texts"/>), read with its other stored fields.</summary>
    private List<SearchHit> Highlighted(IndexSearcher searcher, Query query, ScoreDoc[] scoreDocs, out List<string?> texts)
    {
        var hits = new List<SearchHit>(scoreDocs.Length);
        texts = new List<string?>(scoreDocs.Length);
        if (scoreDocs.Length == 0) return hits;
        var prepared = _highlighter.Prepare(searcher, query, scoreDocs.Select(d => d.Doc));
        foreach (var scoreDoc in scoreDocs)
        {
            var doc = searcher.Doc(scoreDoc.Doc);
            hits.Add(ArticleHits.From(doc, scoreDoc.Score, _highlighter.Highlight(prepared, scoreDoc.Doc, doc)));
            texts.Add(doc.Get(ArticleSchema.Text));
        }
        return hits;
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
