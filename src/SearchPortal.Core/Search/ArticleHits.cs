using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Search;

/// <summary>
/// Maps a stored Lucene document to the hit DTO. Text fields go through <see cref="ArticleText.CleanValue"/> and
/// the url through <see cref="ArticleUrl"/>, so that an index built before ingestion checked them hands on no
/// control character and no javascript: link. Stateless and thread-safe.
/// </summary>
public static class ArticleHits
{
    public static SearchHit From(Document doc, float score, HighlightResult highlight)
    {
        var published = doc.Get(ArticleSchema.Published) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        return new SearchHit(
            Id: ArticleText.CleanValue(doc.Get(ArticleSchema.Id))!,
            Key: doc.Get(ArticleSchema.Key),
            Source: ArticleText.CleanValue(doc.Get(ArticleSchema.Source))!,
            Title: ArticleText.CleanValue(doc.Get(ArticleSchema.Title))!,
            Url: ArticleUrl.Normalize(doc.Get(ArticleSchema.Url)),
            Outlet: ArticleText.CleanValue(doc.Get(ArticleSchema.Outlet)),
            Author: ArticleText.CleanValue(doc.Get(ArticleSchema.Author)),
            Published: published,
            Year: published?.Year,
            Language: doc.Get(ArticleSchema.Language),
            Regions: doc.GetValues(ArticleSchema.Regions),
            RegionMentions: doc.GetValues(ArticleSchema.RegionMentions),
            CrimeTypes: doc.GetValues(ArticleSchema.CrimeTypes),
            CrimeTypeMentions: doc.GetValues(ArticleSchema.CrimeTypeMentions),
            Groups: doc.GetValues(ArticleSchema.Groups),
            GroupMentions: doc.GetValues(ArticleSchema.GroupMentions),
            Score: float.IsNaN(score) ? 0f : score,
            Snippets: highlight.Snippets,
            TitleHighlighted: highlight.Title);
    }

    public static IReadOnlyDictionary<string, string> Metadata(Document doc) =>
        doc.Get(ArticleSchema.Metadata) is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
            : new Dictionary<string, string>();
}
