using System.Globalization;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// Reference-list text for one article in APA (7th edition) and Chicago (17th edition, bibliography)
/// style for a newspaper or web article: author, date, title, outlet, URL. Without an author the title
/// leads; without a date the styles' "n.d." stands in; a missing outlet or URL is left out. Plain text
/// (italics are not marked) with English month names, as both styles are written in English. Titles
/// are kept as published: converting to APA's sentence case would break proper names. Stateless and
/// thread-safe.
/// </summary>
public static class Citations
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Apa(SearchHit hit, string? url)
    {
        var authors = AuthorNames.Parse(hit.Author);
        var date = hit.Published is { } d ? $"({d.ToString("yyyy, MMMM d", English)})." : "(n.d.).";
        var title = Sentence(hit.Title);
        var parts = authors.Count == 0
            ? new List<string?> { title, date }
            : [Sentence(ApaAuthors(authors)), date, title];
        parts.Add(hit.Outlet is null ? null : Sentence(hit.Outlet));
        parts.Add(url);
        return string.Join(" ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    public static string Chicago(SearchHit hit, string? url)
    {
        var authors = AuthorNames.Parse(hit.Author);
        var date = hit.Published is { } d ? d.ToString("MMMM d, yyyy", English) : "n.d.";
        var title = "\u201C" + Sentence(hit.Title) + "\u201D";
        var source = hit.Outlet is null ? date : $"{hit.Outlet}, {date}";
        var parts = new List<string?>
        {
            authors.Count == 0 ? null : Sentence(ChicagoAuthors(authors)),
            title,
            Sentence(source),
            url is null ? null : Sentence(url),
        };
        return string.Join(" ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static string ApaAuthors(IReadOnlyList<PersonName> authors) => authors.Count switch
    {
        1 => authors[0].WithInitials,
        2 => $"{authors[0].WithInitials}, & {authors[1].WithInitials}",
        _ => string.Join(", ", authors.Take(authors.Count - 1).Select(a => a.WithInitials)) + ", & " + authors[^1].WithInitials,
    };

    private static string ChicagoAuthors(IReadOnlyList<PersonName> authors) => authors.Count switch
    {
        1 => authors[0].Inverted,
        2 => $"{authors[0].Inverted}, and {authors[1].Natural}",
        _ => string.Join(", ", [authors[0].Inverted, .. authors.Skip(1).Take(authors.Count - 2).Select(a => a.Natural)]) + ", and " + authors[^1].Natural,
    };

    /// <summary>The text with a closing period, unless it already ends in terminal punctuation.</summary>
    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' ? trimmed : trimmed + ".";
    }
}
