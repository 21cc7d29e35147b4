using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// The one mapping from an enriched <see cref="Article"/> to its Lucene document: every stored, analysed, sort and
/// facet field of <see cref="ArticleSchema"/> and <see cref="FacetSchema"/>, with the article property that fills it.
/// Stateless and thread-safe; the indexer calls it from several threads.
/// </summary>
public static class ArticleDocumentBuilder
{
    /// <summary>
    /// What fills each facet dimension of <see cref="FacetSchema.All"/> (for a tagged dimension, what the article is
    /// about); a new dimension needs its entry here.
    /// </summary>
    public static IReadOnlyDictionary<FacetDimension, Func<Article, IEnumerable<string?>>> FacetValues { get; } =
        new Dictionary<FacetDimension, Func<Article, IEnumerable<string?>>>
        {
            [FacetSchema.Region] = article => article.Regions.Select(RegionValue),
            [FacetSchema.Year] = article => article.Year is { } year ? [year.ToString("D4", CultureInfo.InvariantCulture)] : [],
            [FacetSchema.Crime] = article => article.CrimeTypes,
            [FacetSchema.Group] = article => article.Groups,
            [FacetSchema.Outlet] = article => [article.Outlet],
            [FacetSchema.Language] = article => [article.Language],
        };

    /// <summary>
    /// What fills the mentions of each dimension that has them (<see cref="FacetDimension.HasMentions"/>): everything the
    /// article mentions, its focus included, so that counting mentions never finds fewer articles than counting focus.
    /// </summary>
    public static IReadOnlyDictionary<FacetDimension, Func<Article, IEnumerable<string?>>> FacetMentions { get; } =
        new Dictionary<FacetDimension, Func<Article, IEnumerable<string?>>>
        {
            [FacetSchema.Region] = article => article.Regions.Concat(article.RegionMentions).Select(RegionValue),
            [FacetSchema.Crime] = article => article.CrimeTypes.Concat(article.CrimeTypeMentions),
            [FacetSchema.Group] = article => article.Groups.Concat(article.GroupMentions),
        };

    public static Document Build(Article article)
    {
        var language = ArticleSchema.FieldsFor(article.Language);
        var doc = new Document
        {
            new StringField(ArticleSchema.Id, article.Id, Field.Store.YES),
            new StringField(ArticleSchema.Key, ArticleKey.From(article.Id), Field.Store.YES),
            new StoredField(ArticleSchema.Source, article.Source),
            new StoredField(ArticleSchema.Title, article.Title),
            new StoredField(ArticleSchema.Text, article.Text),
            new StringField(ArticleSchema.Language, article.Language ?? ArticleSchema.Languages[0].Code, Field.Store.YES),
            new Field(language.Body, article.Text, ArticleSchema.TextWithOffsets),
            new Field(ArticleSchema.BodyExact, article.Text, ArticleSchema.TextWithOffsets),
            new Field(language.Title, article.Title, ArticleSchema.TextWithOffsets),
            new Field(ArticleSchema.TitleExact, article.Title, ArticleSchema.TextWithOffsets),
        };
        if (article.Url is not null) doc.Add(new StoredField(ArticleSchema.Url, article.Url));
        if (article.Author is not null) doc.Add(new TextField(ArticleSchema.Author, article.Author, Field.Store.YES));
        if (article.Outlet is not null) doc.Add(new TextField(ArticleSchema.Outlet, article.Outlet, Field.Store.YES));
        if (article.Published is { } date)
        {
            doc.Add(new StoredField(ArticleSchema.Published, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            doc.Add(new NumericDocValuesField(ArticleSchema.PublishedSort, date.Year * 10_000L + date.Month * 100 + date.Day));
        }
        AddStored(doc, ArticleSchema.Regions, article.Regions);
        AddStored(doc, ArticleSchema.RegionMentions, article.RegionMentions);
        AddStored(doc, ArticleSchema.CrimeTypes, article.CrimeTypes);
        AddStored(doc, ArticleSchema.CrimeTypeMentions, article.CrimeTypeMentions);
        AddStored(doc, ArticleSchema.Groups, article.Groups);
        AddStored(doc, ArticleSchema.GroupMentions, article.GroupMentions);
        if (article.Metadata.Count > 0) doc.Add(new StoredField(ArticleSchema.Metadata, JsonSerializer.Serialize(article.Metadata)));
        AddFacets(doc, article);
        return doc;
    }

    /// <summary>A region path of the article ("Peru/Loreto/Maynas", <see cref="Article.RegionSeparator"/>) as a value of the region facet.</summary>
    private static string RegionValue(string path) => string.Join(FacetSchema.PathSeparator, path.Split(Article.RegionSeparator));

    /// <summary>Adds the article's value fields of every facet dimension (<see cref="FacetValues"/>) and their mentions (<see cref="FacetMentions"/>).</summary>
    public static void AddFacets(Document document, Article article)
    {
        foreach (var dimension in FacetSchema.All) FacetFields.AddTo(document, dimension, FacetValues[dimension](article));
        foreach (var (dimension, mentions) in FacetMentions) FacetFields.AddTo(document, dimension, mentions(article), FacetMatch.Mentions);
    }

    private static void AddStored(Document document, string field, IEnumerable<string> values)
    {
        foreach (var value in values) document.Add(new StoredField(field, value));
    }
}
