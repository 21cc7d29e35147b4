using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPortal.Core.Export;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Web.Hosting;
using SearchPortal.Web.Localization;
using SearchPortal.Web.Security;

namespace SearchPortal.Web.Pages;

/// <summary>
/// One article: clean text with the query's terms marked, metadata, source link, JSON-LD, a citation box
/// (APA, Chicago, RIS and BibTeX downloads) and the articles most like it.
/// </summary>
public sealed class ArticleModel(ArticleSearcher searcher, IndexSnapshots snapshots) : PageModel
{
    public const int SimilarCount = 5;

    public ArticleDetail? Detail { get; private set; }

    /// <summary>Up to <see cref="SimilarCount"/> articles like this one ("More like this"), never itself.</summary>
    public IReadOnlyList<SearchHit> Similar { get; private set; } = [];

    public UiText Text { get; } = UiText.Current;

    public string? Query => Request.Query["q"].FirstOrDefault();

    public void OnGet(string key)
    {
        var query = Query is { Length: <= SearchLimits.MaxQueryLength } q ? q : null;
        // One generation for the article and its neighbours, even when a reindex lands in between.
        using var snapshot = snapshots.Current();
        Detail = searcher.Find(snapshot, key, query);
        if (Detail is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        Similar = searcher.MoreLikeThis(snapshot, Detail.Article.Key, SimilarCount);
    }

    /// <summary>The original article's URL when it is one a link may point at (http or https), else null.</summary>
    public string? SourceUrl => LinkUrls.HttpOrNull(Detail!.Article.Url);

    /// <summary>The URL a citation gives: the original article, else this page.</summary>
    public string CitationUrl => SourceUrl ?? Request.ArticleUrl(Detail!.Article.Key);

    public string Apa => Citations.Apa(Detail!.Article, CitationUrl);

    public string Chicago => Citations.Chicago(Detail!.Article, CitationUrl);

    public string Download(string format) => $"/api/export/article/{Detail!.Article.Key}?format={format}";

    /// <summary>schema.org NewsArticle, so that reference managers pick the article up.</summary>
    public string JsonLd()
    {
        var article = Detail!.Article;
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["datePublished"] = article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["inLanguage"] = article.Language,
            ["url"] = CitationUrl,
            ["author"] = article.Author is null ? null : Thing("Person", article.Author),
            ["publisher"] = article.Outlet is null ? null : Thing("Organization", article.Outlet),
            ["about"] = article.CrimeTypes,
            ["contentLocation"] = article.Regions.Select(r => Thing("Place", r.Replace("/", ", "))),
        };
        var json = JsonSerializer.Serialize(data.Where(p => p.Value is not null).ToDictionary(), new JsonSerializerOptions { WriteIndented = false });
        // Keep the JSON inert inside <script>: no "</script>" or HTML comment can close the block.
        var inert = json.Replace("<", "\\u003c").Replace(">", "\\u003e").Replace("&", "\\u0026");
        return "<script type=\"application/ld+json\">" + inert + "</script>";
    }

    private static Dictionary<string, string> Thing(string type, string name) => new() { ["@type"] = type, ["name"] = name };
}
