using System.Globalization;
using System.Text;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Lowercasing and accent removal that maps every char to exactly one char, so offsets in the
/// folded text are offsets in the original. Stateless and thread-safe.
/// </summary>
internal static class TextFolding
{
    public static char Fold(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        // Half of a surrogate pair (emoji, mathematical letters) is not a code point Normalize accepts.
        if (char.IsSurrogate(c)) return c;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }

    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = Fold(source[i]);
        });
    }

    /// <summary>Folded letters and digits only: "Diálogo Américas" and "dialogo-americas" both give "dialogoamericas".</summary>
    public static string CompactKey(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(Fold(c));
        }
        return builder.ToString();
    }

    public static bool StartsUpper(string text, int index) =>
        char.GetUnicodeCategory(text[index]) == UnicodeCategory.UppercaseLetter;
}
