using System.Text.RegularExpressions;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Reads the header lines of a scraped page (breadcrumbs, title, byline, date line) until the body starts.
/// One instance per page; not thread-safe.
/// </summary>
internal sealed partial class PageHeader
{
    public string? Title { get; private set; }
    public string? FallbackTitle { get; private set; }
    public DateOnly? Published { get; private set; }
    public string? Author { get; private set; }
    public string? Outlet { get; set; }
    public string? Language { get; private set; }

    /// <summary>Returns true when the line belongs to the header and has been consumed.</summary>
    public bool TryConsume(string line)
    {
        if (GluedBreadcrumb().Match(line) is { Success: true } glued)
        {
            FallbackTitle ??= glued.Groups["title"].Value;
            Outlet ??= "InSight Crime";
            return true;
        }
        if (line.StartsWith('•') || line.StartsWith('»') || line.EndsWith('»'))
        {
            var crumb = line.Trim('•', '»', ' ');
            if (!crumb.Equals("Home", StringComparison.OrdinalIgnoreCase)) FallbackTitle = crumb;
            return true;
        }
        if (Byline().Match(line) is { Success: true } byline)
        {
            Published ??= DateParser.Find(byline.Groups["date"].Value);
            Author ??= ScrapedPageExtractor.TitleCase(byline.Groups["author"].Value.Trim());
            if (byline.Groups["lang"].Success) Language = byline.Groups["lang"].Value.ToLowerInvariant();
            return true;
        }
        if (line.Length < 120 && AuthorLine().Match(line) is { Success: true } by)
        {
            Author ??= ScrapedPageExtractor.TitleCase(by.Groups["author"].Value.Trim());
            if (by.Groups["outlet"].Success) Outlet ??= by.Groups["outlet"].Value.Trim();
            return true;
        }
        if (line.Length < 40 && Published is null && DateParser.Find(line) is { } date)
        {
            Published = date;
            return true;
        }
        if (Title is null && line.Length <= 300 && (FallbackTitle is null || !IsSentence(line)))
        {
            Title = line;
            return true;
        }
        return line == Title;
    }

    /// <summary>True when the line ends like a sentence (a full stop or a closing quote), not like a heading or a link.</summary>
    internal static bool IsSentence(string line) => line.EndsWith('.') || line.EndsWith('”') || line.EndsWith('"');

    [GeneratedRegex(@"^Home(?:News|Noticias)?(?:Brief|Analysis|Investigations|Noticias|Análisis|Investigación)?(?<title>\p{Lu}.+)$")]
    private static partial Regex GluedBreadcrumb();

    [GeneratedRegex(@"^(?:[^/]{2,60}/\s*)?(?<date>\d{1,2}\s+\p{L}{3,10}\.?\s+\d{4})\s+(?:BY|POR)\s+(?<author>.+?)(?:\s+(?<lang>EN|ES))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:By|Por)\s+(?<author>[^/|]+?)(?:\s*[/|]\s*(?<outlet>.+))?$")]
    private static partial Regex AuthorLine();
}
