using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Search;

/// <summary>
/// Runs searches against the current index generation. Searchers come from a shared
/// <see cref="SearcherManager"/> (acquired and released per search), so the instance is
/// thread-safe and picks up a reopened index on the next search after a refresh.
/// </summary>
public sealed class ArticleSearcher(SearcherManager searchers)
{
    private readonly UserQueryParser _parser = new();

    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var parsed = _parser.Parse(request.Query, request.Expand);
        var notices = parsed.Notices.ToList();
        var sort = request.Sort ?? (parsed.IsEmpty ? SortOrder.Newest : SortOrder.Relevance);

        var searcher = searchers.Acquire();
        try
        {
            searcher.Similarity = ArticleSchema.Similarity;
            var depth = request.Page * request.Size;
            var collector = CreateCollector(sort, depth);
            searcher.Search(parsed.Query, collector);
            var top = collector.GetTopDocs((request.Page - 1) * request.Size, request.Size);
            var hits = top.ScoreDocs.Select(d => ToHit(searcher.Doc(d.Doc), d.Score)).ToList();
            return new SearchResponse(request.Query ?? "", collector.TotalHits, request.Page, request.Size,
                clock.ElapsedMilliseconds, notices, hits, new Dictionary<string, IReadOnlyList<FacetValue>>());
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static ITopDocsCollector CreateCollector(SortOrder sort, int depth) => sort == SortOrder.Relevance
        ? TopScoreDocCollector.Create(depth, docsScoredInOrder: false)
        : TopFieldCollector.Create(ByDate(sort == SortOrder.Newest), depth, fillFields: false,
            trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);

    private static Sort ByDate(bool newestFirst)
    {
        var date = new SortField(ArticleSchema.PublishedSort, SortFieldType.INT64, newestFirst);
        // Undated articles go last in both directions.
        date.SetMissingValue(newestFirst ? long.MinValue : long.MaxValue);
        return new Sort(date, SortField.FIELD_DOC);
    }

    private static SearchHit ToHit(Document doc, float score)
    {
        var published = doc.Get(ArticleSchema.Published) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd") : (DateOnly?)null;
        var title = doc.Get(ArticleSchema.Title);
        return new SearchHit(
            Id: doc.Get(ArticleSchema.Id),
            Key: doc.Get(ArticleSchema.Key),
            Source: doc.Get(ArticleSchema.Source),
            Title: title,
            Url: doc.Get(ArticleSchema.Url),
            Outlet: doc.Get(ArticleSchema.Outlet),
            Author: doc.Get(ArticleSchema.Author),
            Published: published,
            Year: published?.Year,
            Language: doc.Get(ArticleSchema.Language),
            Regions: doc.GetValues(ArticleSchema.Regions),
            CrimeTypes: doc.GetValues(ArticleSchema.CrimeTypes),
            Score: float.IsNaN(score) ? 0f : score,
            Snippets: [],
            TitleHighlighted: System.Net.WebUtility.HtmlEncode(title));
    }
}
