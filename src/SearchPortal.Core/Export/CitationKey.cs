using System.Globalization;
using System.Text;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// The stable citation key of an article, shared by BibTeX, CSL-JSON and RIS: first author's family
/// name (else the outlet's first word, else "anon"), year (else "nd"), first title word of four or
/// more letters, and the first six characters of the article key, e.g. "cawley2013peru-09618a"
/// ("ermelinda-nd-there-d1b59f" when undated).
/// The same article always gets the same key, and the article-key suffix keeps two articles apart
/// even when everything else matches. ASCII letters and digits only. Stateless and thread-safe.
/// </summary>
public static class CitationKey
{
    private const int KeySuffixLength = 6;

    public static string For(SearchHit hit)
    {
        var who = AuthorNames.Parse(hit.Author).FirstOrDefault()?.Family is { } family && Ascii(family).Length > 0
            ? Ascii(family)
            : FirstWord(hit.Outlet, 1) ?? "anon";
        var when = hit.Published?.Year.ToString(CultureInfo.InvariantCulture) ?? "-nd-";
        var what = FirstWord(hit.Title, 4) ?? "";
        return $"{who}{when}{what}-{hit.Key[..Math.Min(KeySuffixLength, hit.Key.Length)]}";
    }

    private static string? FirstWord(string? text, int minLength) =>
        text?.Split([' ', '-', '\'', '’', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Ascii)
            .FirstOrDefault(w => w.Length >= minLength && w.Any(char.IsAsciiLetter));

    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
