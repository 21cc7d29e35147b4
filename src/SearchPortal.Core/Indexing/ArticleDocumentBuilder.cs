using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// Turns an enriched <see cref="Article"/> into a Lucene document following <see cref="ArticleSchema"/>.
/// Stateless and thread-safe; the indexer calls it from several threads.
/// </summary>
public static class ArticleDocumentBuilder
{
    public static Document Build(Article article)
    {
        var doc = new Document
        {
            new StringField(ArticleSchema.Id, article.Id, Field.Store.YES),
            new StringField(ArticleSchema.Key, ArticleKey.From(article.Id), Field.Store.YES),
            new StoredField(ArticleSchema.Source, article.Source),
            new StoredField(ArticleSchema.Title, article.Title),
            new StoredField(ArticleSchema.Text, article.Text),
            new StringField(ArticleSchema.Language, article.Language ?? "en", Field.Store.YES),
            new Field(ArticleSchema.BodyFieldFor(article.Language), article.Text, ArticleSchema.TextWithOffsets),
            new Field(ArticleSchema.BodyExact, article.Text, ArticleSchema.TextWithOffsets),
            new Field(ArticleSchema.TitleFieldFor(article.Language), article.Title, ArticleSchema.TextWithOffsets),
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
        foreach (var region in article.Regions) doc.Add(new StoredField(ArticleSchema.Regions, region));
        foreach (var crime in article.CrimeTypes) doc.Add(new StoredField(ArticleSchema.CrimeTypes, crime));
        if (article.Metadata.Count > 0) doc.Add(new StoredField(ArticleSchema.Metadata, JsonSerializer.Serialize(article.Metadata)));
        FacetFields.AddTo(doc, article);
        return doc;
    }
}
