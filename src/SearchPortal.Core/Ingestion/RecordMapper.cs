using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Maps one JSONL object or CSV row (field name → value) to an <see cref="Article"/>.
/// Known fields: id, title, text, url, outlet, published, author, language, with common aliases
/// (headline, body, link, source, date, lang…); every other field is kept as metadata. A url that is not
/// http(s) is dropped and every field is cleaned by <see cref="ArticleText"/>, each with a report.
/// Stateless and thread-safe.
/// </summary>
public static class RecordMapper
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "id", ["docid"] = "id",
        ["title"] = "title", ["headline"] = "title",
        ["text"] = "text", ["body"] = "text", ["content"] = "text",
        ["url"] = "url", ["link"] = "url",
        ["outlet"] = "outlet", ["source"] = "outlet", ["site"] = "outlet", ["publisher"] = "outlet",
        ["published"] = "published", ["date"] = "published", ["published_at"] = "published", ["pubdate"] = "published",
        ["author"] = "author", ["authors"] = "author", ["byline"] = "author",
        ["language"] = "language", ["lang"] = "language",
    };

    /// <summary>
    /// Builds the article, or returns null after reporting why when the record has neither title nor text or is
    /// too long. A headline-only record (common in wire feeds) is kept with empty text.
    /// </summary>
    public static Article? Map(IEnumerable<KeyValuePair<string, string?>> fields, string relativePath, int line,
        IngestionOptions options, Action<IngestionProblem> report)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (Aliases.TryGetValue(name.Trim(), out var canonical) && !known.ContainsKey(canonical)) known[canonical] = value.Trim();
            else metadata[name.Trim()] = value.Trim();
        }

        var text = known.GetValueOrDefault("text") ?? "";
        if (text.Length == 0 && !known.ContainsKey("title"))
        {
            report(new IngestionProblem(relativePath, "record has neither title nor text", line));
            return null;
        }
        if (text.Length > options.MaxArticleChars)
        {
            report(new IngestionProblem(relativePath, $"article text has {text.Length:N0} characters, over the limit of {options.MaxArticleChars:N0}", line));
            return null;
        }

        text = BoilerplateRules.Default.StripLines(text);
        var recordId = known.GetValueOrDefault("id");
        var url = ArticleUrl.Normalize(known.GetValueOrDefault("url"));
        if (url is null && known.TryGetValue("url", out var dropped)) report(new IngestionProblem(relativePath, ArticleUrl.Dropped(dropped), line));
        var title = known.GetValueOrDefault("title") ?? TitleFromText.FirstLine(text);
        var article = new Article
        {
            Id = url ?? (recordId is null ? $"{relativePath}:{line}" : $"{relativePath}#{recordId}"),
            Source = recordId ?? $"{relativePath}:{line}",
            Title = title,
            Text = text,
            Url = url,
            Outlet = known.GetValueOrDefault("outlet"),
            Author = known.GetValueOrDefault("author"),
            Published = DateParser.Parse(known.GetValueOrDefault("published")),
            Language = LanguageDetector.Normalize(known.GetValueOrDefault("language")),
            Metadata = metadata,
        };
        return ArticleText.Clean(article, relativePath, line, report);
    }
}
