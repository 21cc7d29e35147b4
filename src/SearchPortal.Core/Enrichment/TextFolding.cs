using System.Globalization;
using System.Text;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Lowercasing and accent removal that maps every char to exactly one char, so offsets in the
/// folded text are offsets in the original. Stateless and thread-safe.
/// </summary>
internal static class TextFolding
{
    /// <summary>The folded form of every UTF-16 unit, computed once (128 KB) so folding allocates nothing.</summary>
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => Table[c];

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c < 128 ? char.ToLowerInvariant(c) : char.ToLowerInvariant(Decompose(c));
        }
        return table;
    }

    /// <summary>The first unit of the canonical decomposition; surrogate halves and noncharacters stay as they are.</summary>
    private static char Decompose(char c)
    {
        if (char.IsSurrogate(c)) return c;
        try
        {
            return c.ToString().Normalize(NormalizationForm.FormD)[0];
        }
        catch (ArgumentException)
        {
            // Normalize rejects noncharacters such as U+FFFE and U+FFFF.
            return c;
        }
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
