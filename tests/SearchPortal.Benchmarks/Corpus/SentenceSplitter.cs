using System.Text.RegularExpressions;

namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// Splits real article text into clean sentences: whitespace collapsed (Reuters wraps lines at 70 columns),
/// split after . ! ? before a capital or an opening quote, and only sentence-like pieces kept.
/// </summary>
internal static partial class SentenceSplitter
{
    public static IEnumerable<string> Split(string text)
    {
        var flat = Whitespace().Replace(text, " ").Trim();
        foreach (var piece in Boundary().Split(flat))
        {
            var sentence = piece.Trim();
            if (IsSentence(sentence)) yield return sentence;
        }
    }

    private static bool IsSentence(string s)
    {
        if (s.Length is < 40 or > 400) return false;
        if (!(char.IsUpper(s[0]) || s[0] is '"' or '“' or '¿' or '¡' or '\'')) return false;
        if (s[^1] is not ('.' or '!' or '?' or '"' or '”')) return false;
        var letters = s.Count(char.IsLetter);
        return letters >= 0.6 * s.Length && s.Count(c => c == ' ') >= 6;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?][""”]?)\s+(?=[\p{Lu}""“¿¡])")]
    private static partial Regex Boundary();
}
