using SearchPortal.Core.Analysis;

namespace SearchPortal.Benchmarks.Corpus;

/// <summary>Lower-case, accent-free text, for counting phrases and words the way every engine folds them.</summary>
internal static class TextFold
{
    /// <summary>The portal's fold (<see cref="Folding"/>), which is the analyzers' own.</summary>
    public static string Fold(string text) => Folding.Fold(text);

    /// <summary>True when <paramref name="folded"/> holds <paramref name="phrase"/> (already folded) between word boundaries.</summary>
    public static bool ContainsPhrase(string folded, string phrase)
    {
        for (var at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(folded[at - 1])) && (end == folded.Length || !char.IsLetterOrDigit(folded[end]))) return true;
        }
        return false;
    }
}
