using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// The portal's own ranking under evaluation: each document is indexed as an article by
/// <see cref="ArticleDocumentBuilder"/> (title from <see cref="EvalDocument.Title"/>, body from
/// <see cref="EvalDocument.Text"/> without the title it repeats, language detected,
/// <see cref="ArticleSchema"/> analyzers), and
/// a topic is searched the way a researcher would type it into the search box: its words,
/// punctuation dropped, parsed by <see cref="UserQueryParser"/> (title boost, long-query ranking,
/// proximity, concept expansion). The similarity and the <see cref="QueryPolicy"/> can be varied
/// to measure each choice. Immutable and thread-safe.
/// </summary>
public sealed class PortalRankingModel : IRetrievalModel
{
    private readonly UserQueryParser _parser;

    public PortalRankingModel(string name, Similarity similarity, QueryPolicy policy)
    {
        Name = name;
        Similarity = similarity;
        _parser = new UserQueryParser(policy);
    }

    /// <summary>The portal as it ships: <see cref="ArticleSchema.Similarity"/> and <see cref="QueryPolicy.Default"/>.</summary>
    public static PortalRankingModel Default { get; } = new("portal", ArticleSchema.Similarity, QueryPolicy.Default);

    /// <summary>
    /// <see cref="Default"/> and the variants RELEVANCE.md reports: plain (title boost 1, no proximity), without proximity, and with the
    /// BM25 parameters of the reference (k1 = 0.9, b = 0.4) in Lucene 4.8's and in Lucene 9's similarity.
    /// </summary>
    public static IReadOnlyList<PortalRankingModel> Variants { get; } =
    [
        Default,
        new("portal-plain", ArticleSchema.Similarity, QueryPolicy.Default with { TitleBoost = 1, ProximityBoost = 0 }),
        new("portal-no-proximity", ArticleSchema.Similarity, QueryPolicy.Default with { ProximityBoost = 0 }),
        new("portal-bm25(0.9,0.4)", new BM25Similarity(0.9f, 0.4f), QueryPolicy.Default),
        new("portal-lucene9(0.9,0.4)", new Lucene9Bm25Similarity(0.9f, 0.4f), QueryPolicy.Default),
    ];

    public string Name { get; }

    public Similarity Similarity { get; }

    public Analyzer CreateAnalyzer() => ArticleSchema.CreateAnalyzer();

    public IEnumerable<IIndexableField> CreateFields(EvalDocument document) => ArticleDocumentBuilder.Build(ToArticle(document));

    /// <summary>
    /// The article the portal would index for a test document: the title, and as body the text without
    /// the title it starts with (CACM and JSONL corpora repeat it there; an article's body does not).
    /// </summary>
    public static Article ToArticle(EvalDocument document) => new()
    {
        Id = document.Id,
        Source = document.Id,
        Title = document.Title ?? "",
        Text = document.Title is { Length: > 0 } title && document.Text.StartsWith(title, StringComparison.Ordinal)
            ? document.Text[title.Length..].TrimStart()
            : document.Text,
        Language = LanguageDetector.Detect(document.Text),
    };

    public Query CreateQuery(string topicText, Analyzer analyzer) => _parser.Parse(SearchBoxText(topicText)).Query;

    /// <summary>The topic's words, lowercased so that none reads as an operator, separated by spaces.</summary>
    public static string SearchBoxText(string topicText) =>
        string.Join(' ', PlainQuerySyntax.Words(topicText).Select(w => w.ToLowerInvariant()));
}
