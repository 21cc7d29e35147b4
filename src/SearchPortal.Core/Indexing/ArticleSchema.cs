using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// The one schema: every field name, its analyzer and its index options, used by the indexer,
/// the searcher and the highlighter alike. Static and immutable, therefore thread-safe.
/// </summary>
/// <remarks>
/// Body and title text go to their language's fields (<see cref="Languages"/>: <see cref="BodyEn"/>,
/// <see cref="BodyEs"/> or <see cref="BodyPt"/>) and to an unstemmed, folded field (<see cref="BodyExact"/>). Every
/// text analyzer leaves a position gap between sentences (<see cref="SentenceBreaks"/>). Queries search all of them, so
/// names and places shared by both languages find articles in either. All text fields index offsets in the
/// postings, which is what the highlighter reads instead of re-analysing documents. Which article property fills
/// which field, facet fields included, is <see cref="ArticleDocumentBuilder"/>'s one mapping.
/// </remarks>
public static class ArticleSchema
{
    /// <summary>Bumped whenever fields or analysis change; an index of another version must be rebuilt.</summary>
    public const int Version = 2;

    /// <summary>Commit user-data keys recorded by every build.</summary>
    public const string SchemaVersionKey = "schema";
    public const string BuiltAtKey = "built";

    public const string Id = "id";

    /// <summary>Short URL-safe key derived from <see cref="Id"/>, used in article page links.</summary>
    public const string Key = "key";
    public const string Source = "source";
    public const string Title = "title";
    public const string Text = "text";
    public const string Url = "url";
    public const string Outlet = "outlet";
    public const string Author = "author";
    public const string Published = "published";
    public const string PublishedSort = "published_sort";
    public const string Language = "language";
    public const string Regions = "regions";
    public const string RegionMentions = "region_mentions";
    public const string CrimeTypes = "crimes";
    public const string CrimeTypeMentions = "crime_mentions";
    public const string Groups = "groups";
    public const string GroupMentions = "group_mentions";
    public const string Metadata = "metadata";

    public const string BodyEn = "body_en";
    public const string BodyEs = "body_es";
    public const string BodyPt = "body_pt";
    public const string BodyExact = "body_exact";
    public const string TitleEn = "title_en";
    public const string TitleEs = "title_es";
    public const string TitlePt = "title_pt";
    public const string TitleExact = "title_exact";

    /// <summary>
    /// Weight of title fields relative to body fields: 1, no boost. A boost's gain on CACM did not hold across
    /// halves of its topics (2-fold cross-validation, Evaluation/RELEVANCE.md), so the title counts as body text does.
    /// </summary>
    public const float TitleBoost = 1f;

    /// <summary>
    /// The analysed languages, the first the default for an article of unknown language. Another language is one more
    /// entry (with its analyzer; <see cref="LanguageDetector"/> must also recognise it) and a schema
    /// <see cref="Version"/> bump.
    /// </summary>
    public static IReadOnlyList<LanguageFields> Languages { get; } =
    [
        new("en", BodyEn, TitleEn, () => new EnglishArticleAnalyzer()),
        new("es", BodyEs, TitleEs, () => new SpanishArticleAnalyzer()),
        new("pt", BodyPt, TitlePt, () => new PortugueseArticleAnalyzer()),
    ];

    /// <summary>Fields searched by "title:…": every language's, then the exact one.</summary>
    public static IReadOnlyList<string> TitleFields { get; } = [.. Languages.Select(l => l.Title), TitleExact];

    /// <summary>Body fields that carry offsets for highlighting: every language's, then the exact one.</summary>
    public static IReadOnlyList<string> BodyFields { get; } = [.. Languages.Select(l => l.Body), BodyExact];

    /// <summary>Fields searched by a bare word, with their boosts: the title fields, then the body fields.</summary>
    public static IReadOnlyDictionary<string, float> DefaultFields { get; } =
        TitleFields.Select(f => KeyValuePair.Create(f, TitleBoost)).Concat(BodyFields.Select(f => KeyValuePair.Create(f, 1f))).ToDictionary();

    /// <summary>Field types for analysed text with offsets in the postings.</summary>
    public static FieldType TextWithOffsets { get; } = CreateTextWithOffsets();

    /// <summary>The language's fields; the default language's for an unknown or missing one.</summary>
    public static LanguageFields FieldsFor(string? language) => Languages.FirstOrDefault(l => l.Code == language) ?? Languages[0];

    public static string BodyFieldFor(string? language) => FieldsFor(language).Body;

    public static string TitleFieldFor(string? language) => FieldsFor(language).Title;

    /// <summary>
    /// The ranking function of both the index writer and the searcher: BM25 with k1=0.9, b=0.4 (Anserini's
    /// defaults), each field's statistics over the articles that have it (<see cref="FieldBm25Similarity"/>; see
    /// Evaluation/RELEVANCE.md). k1, b and the statistics act at search time only; norms do not depend on them.
    /// </summary>
    public static Similarity Similarity { get; } = new FieldBm25Similarity(0.9f, 0.4f);

    /// <summary>
    /// The per-field analyzer shared by searching code (query parsing, spelling, more-like-this); analyzers reuse
    /// their token streams per thread, so one instance serves all threads for the process's lifetime.
    /// </summary>
    public static Analyzer Analyzer { get; } = CreateAnalyzer();

    /// <summary>A fresh per-field analyzer, for owners that dispose it (index writers, evaluation runs).</summary>
    public static Analyzer CreateAnalyzer()
    {
        var exact = new ExactAnalyzer();
        var keyword = new KeywordFoldingAnalyzer();
        var perField = new Dictionary<string, Analyzer>
        {
            [BodyExact] = exact,
            [TitleExact] = exact,
            [Author] = keyword,
            [Outlet] = keyword,
        };
        foreach (var language in Languages)
        {
            var analyzer = language.CreateAnalyzer();
            perField[language.Body] = analyzer;
            perField[language.Title] = analyzer;
        }
        return new PerFieldAnalyzerWrapper(exact, perField);
    }

    private static FieldType CreateTextWithOffsets()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }
}
