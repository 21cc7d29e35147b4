using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Search;

/// <summary>Maps a stored Lucene document to the hit DTO. Stateless and thread-safe.</summary>
public static class ArticleHits
{
    public static SearchHit From(Document doc, float score, HighlightResult highlight)
    {
        var published = doc.Get(ArticleSchema.Published) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        return new SearchHit(
            Id: doc.Get(ArticleSchema.Id),
            Key: doc.Get(ArticleSchema.Key),
            Source: doc.Get(ArticleSchema.Source),
            Title: doc.Get(ArticleSchema.Title),
            Url: doc.Get(ArticleSchema.Url),
            Outlet: doc.Get(ArticleSchema.Outlet),
            Author: doc.Get(ArticleSchema.Author),
            Published: published,
            Year: published?.Year,
            Language: doc.Get(ArticleSchema.Language),
            Regions: doc.GetValues(ArticleSchema.Regions),
            CrimeTypes: doc.GetValues(ArticleSchema.CrimeTypes),
            Score: float.IsNaN(score) ? 0f : score,
            Snippets: highlight.Snippets,
            TitleHighlighted: highlight.TitleHighlighted);
    }

    public static IReadOnlyDictionary<string, string> Metadata(Document doc) =>
        doc.Get(ArticleSchema.Metadata) is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
            : new Dictionary<string, string>();
}
