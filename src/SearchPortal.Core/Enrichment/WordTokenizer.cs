namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Splits text into runs of letters and digits; everything else (spaces, punctuation, apostrophes,
/// hyphens) separates words. The text is folded once: <see cref="TextFolding"/> maps every char to one
/// char, so a word's folded form is the same span of the folded text. Stateless and thread-safe.
/// </summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var folded = TextFolding.Fold(text);
        var tokens = new List<WordToken>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
            tokens.Add(new WordToken(start, i, folded[start..i]));
        }
        return tokens;
    }
}
