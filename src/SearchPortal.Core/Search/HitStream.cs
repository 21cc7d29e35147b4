using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// Every hit of one search, in the search's order, for exports. Hits are read chunk by chunk with
/// search-after: each chunk runs the filtered query again and keeps only the next chunk of hits after
/// the last one handed out, and each hit's stored fields are loaded when it is enumerated. Memory
/// therefore stays at one chunk of doc ids plus one document, whatever the number of hits, at the cost
/// of one query pass per chunk. Get one from <see cref="ArticleSearcher.StreamAll"/>; it is bound to
/// one <see cref="IndexSnapshot"/>, which the caller keeps open while enumerating (so every chunk sees the
/// same commit). Not thread-safe.
/// </summary>
public sealed class HitStream
{
    public const int DefaultChunkSize = 1_000;

    private readonly IndexSearcher _searcher;
    private readonly Query _query;
    private readonly FacetSelection _selection;
    private readonly PassageHighlighter? _highlighter;
    private readonly int _chunkSize;
    private readonly ScoreDoc[] _firstChunk = [];

    internal HitStream(IndexSnapshot snapshot, SearchRequest request, ParsedQuery parsed, FacetSelection selection,
        IReadOnlyList<UserMessage> filterErrors, SortOrder sort, PassageHighlighter? highlighter, int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        var searcher = new RecordingSearcher(snapshot.Searcher);
        _searcher = searcher;
        _query = parsed.Query;
        _highlighter = highlighter;
        _chunkSize = chunkSize;
        Request = request;
        Sort = sort;
        Version = snapshot.Version;
        _selection = selection;
        FilterErrors = filterErrors;
        QueryProblem = parsed.Problem;
        if (filterErrors.Count == 0 && QueryProblem is null)
        {
            _firstChunk = NextChunk(null, out var total);
            Total = total;
        }
    }

    public SearchRequest Request { get; }

    /// <summary>The order of the hits: the request's sort, else relevance for a query and newest first without one.</summary>
    public SortOrder Sort { get; }

    public int Total { get; }

    /// <summary>Unknown filter values; when there are any the stream has no hits.</summary>
    public IReadOnlyList<UserMessage> FilterErrors { get; }

    /// <summary>The <see cref="SearchLimits"/> bound the query broke; when set the stream has no hits (an export is refused, not narrowed).</summary>
    public LimitProblem? QueryProblem { get; }

    /// <summary>What tagged dimensions were filtered by: the request's, or focus where its scope keeps it there.</summary>
    public FacetMatch Match => _selection.Match;

    /// <summary>The committed index state the hits come from.</summary>
    public IndexVersion Version { get; }

    /// <summary>
    /// The hits in order; their snippets have their marks, as a search returns them, or are empty (and the
    /// title unmarked) for a stream made without snippets.
    /// </summary>
    public IEnumerable<SearchHit> Hits()
    {
        if (_firstChunk.Length == 0) yield break;
        var prepared = _highlighter?.Prepare(_searcher, _query);
        var chunk = _firstChunk;
        while (true)
        {
            foreach (var scoreDoc in chunk)
            {
                var doc = _searcher.Doc(scoreDoc.Doc);
                var highlight = prepared is null
                    ? HighlightResult.Unmarked(doc.Get(ArticleSchema.Title))
                    : _highlighter!.Highlight(prepared, scoreDoc.Doc, doc);
                yield return ArticleHits.From(doc, scoreDoc.Score, highlight);
            }
            if (chunk.Length < _chunkSize) yield break;
            chunk = NextChunk(chunk[^1], out _);
            if (chunk.Length == 0) yield break;
        }
    }

    private ScoreDoc[] NextChunk(ScoreDoc? after, out int total)
    {
        var collector = ArticleSearcher.CreateCollector(Sort, _chunkSize, after);
        FacetedSearch.Collect(_searcher, _query, _selection, collector);
        total = collector.TotalHits;
        return collector.GetTopDocs().ScoreDocs;
    }
}
