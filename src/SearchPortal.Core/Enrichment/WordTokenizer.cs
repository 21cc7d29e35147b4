using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Splits text into words as <see cref="Folding.Words"/> does (runs of letters and digits; spaces, punctuation,
/// apostrophes and hyphens separate them) and keys each by its one-for-one fold (<see cref="Fold"/>), so a word's
/// folded form is the same span of the folded text. Stateless and thread-safe.
/// </summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var folded = Fold(text);
        var tokens = new List<WordToken>(text.Length / 5 + 4);
        foreach (var (start, end) in Folding.Words(text)) tokens.Add(new WordToken(start, end, folded[start..end]));
        return tokens;
    }

    /// <summary>
    /// <paramref name="text"/> folded unit by unit (<see cref="Folding.Fold(char)"/>): the form of
    /// <see cref="WordToken.Folded"/>, which phrase keys built elsewhere (query words) must take to match.
    /// </summary>
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = Folding.Fold(source[i]);
        });
}
