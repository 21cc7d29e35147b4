using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Extracts an article from an HTML page: metadata from the meta tags (og:title,
/// article:published_time, author, og:site_name, canonical URL, lang) and the main content with
/// SmartReader's Readability-style scoring, falling back to the body text. Thread-safe.
/// </summary>
public sealed class HtmlExtractor
{
    public ExtractedPage Extract(string html, string sourceUri)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title");
        var published = DateParser.Parse(Meta(document, "article:published_time") ?? Meta(document, "date")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var author = Meta(document, "author") ?? Meta(document, "article:author");
        var outlet = Meta(document, "og:site_name");
        var url = Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var language = document.DocumentElement.GetAttribute("lang");
        var fallbackTitle = document.Title;
        var bodyText = document.Body is null ? "" : HtmlText.Extract(document.Body);

        var article = new SmartReader.Reader(url ?? sourceUri, document).GetArticle();
        var text = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content)
            ? HtmlText.Extract(new HtmlParser().ParseDocument(article.Content).Body!)
            : bodyText;

        return new ExtractedPage(
            Title: Clean(title ?? article.Title ?? fallbackTitle) ?? "",
            Text: text,
            Published: published ?? (article.PublicationDate is { } d ? DateOnly.FromDateTime(d) : null),
            Author: Clean(author ?? article.Author),
            Outlet: Clean(outlet ?? article.SiteName),
            Language: language ?? article.Language,
            Url: Clean(url));
    }

    private static string? Meta(IHtmlDocument document, string name) =>
        Clean(document.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content"));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
