namespace SearchPortal.Core.Enrichment;

/// <summary>
/// The plural folding of crime-taxonomy terms, shared by the tagger and the query's concept expander so
/// that both key a term the same way. Stateless and thread-safe.
/// </summary>
internal static class WordForms
{
    /// <summary>A folded word without a trailing plural "s" ("armas" gives "arma"); words of three chars or fewer and words ending in "ss" ("press") are kept.</summary>
    public static string Singular(string word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;

    /// <summary>The singular folded form of every token, as the crime and group indexes key their words.</summary>
    public static string[] SingularKeys(IReadOnlyList<WordToken> tokens)
    {
        var keys = new string[tokens.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = Singular(tokens[i].Folded);
        return keys;
    }
}
