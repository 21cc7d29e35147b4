using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// The portal's one case- and accent-folding and word splitting, for every comparison made outside the analyzers
/// (facet values, query patterns, did-you-mean, concept and place names): it folds as the analyzers do,
/// <c>LowerCaseFilter</c> then <c>ASCIIFoldingFilter</c>, so "Nuñovero", "Ørsted" and "Straße" give the keys the
/// index holds ("nunovero", "orsted", "strasse"). Input is composed (NFC) first, so a typed combining accent folds
/// like the precomposed letter. Stateless and thread-safe.
/// </summary>
public static class Folding
{
    /// <summary>The one-for-one fold of every UTF-16 unit (see <see cref="Fold(char)"/>), computed once (128 KB).</summary>
    private static readonly char[] Table = BuildTable();

    /// <summary>The analyzers' folded form of <paramref name="text"/>; it may be longer ("æ" gives "ae").</summary>
    public static string Fold(string text)
    {
        var lower = Compose(text).ToLowerInvariant();
        var chars = lower.ToCharArray();
        var output = new char[chars.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(chars, 0, output, 0, chars.Length);
        return new string(output, 0, length);
    }

    /// <summary>
    /// The fold of one UTF-16 unit as one unit, so that offsets in folded text are offsets in the original:
    /// <see cref="Fold(string)"/>'s result when that is one character, else the lowercase character ("ß" stays
    /// "ß", where <see cref="Fold(string)"/> gives "ss").
    /// </summary>
    public static char Fold(char c) => Table[c];

    /// <summary>
    /// The words of <paramref name="text"/> as [start, end) ranges: runs of letters and digits, combining marks
    /// included; everything else (spaces, punctuation, apostrophes, hyphens) separates words.
    /// </summary>
    public static IEnumerable<(int Start, int End)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsWordPart(text[i])) i++;
            yield return (start, i);
        }
    }

    /// <summary>The text composed (NFC); text that normalization refuses (lone surrogates, U+FFFE, U+FFFF) as it is.</summary>
    public static string Compose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static bool IsWordPart(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        var input = new char[1];
        var output = new char[4];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var lower = char.ToLowerInvariant((char)i);
            input[0] = lower;
            var length = char.IsSurrogate(lower) ? 0 : ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, 1);
            table[i] = length == 1 ? output[0] : lower;
        }
        return table;
    }
}
