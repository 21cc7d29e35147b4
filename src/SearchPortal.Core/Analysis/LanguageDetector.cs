namespace SearchPortal.Core.Analysis;

/// <summary>
/// Tells English from Spanish by counting frequent function words that belong to one language only,
/// with Spanish letters (ñ, ¿, accented vowels) as a tie-breaker. No detection library for .NET
/// is served by the package registry here; for a two-language corpus this is accurate and costs
/// microseconds (see the README's measurements). Stateless and thread-safe.
/// </summary>
public static class LanguageDetector
{
    private const int SampleChars = 4000;

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "of", "to", "in", "is", "was", "that", "for", "it", "with", "as", "on", "by", "at",
        "from", "this", "be", "are", "have", "has", "had", "which", "or", "an", "were", "their", "they",
        "been", "its", "would", "will", "said", "but", "not", "who", "after", "also", "more", "than",
    };

    private static readonly HashSet<string> Spanish = new(StringComparer.Ordinal)
    {
        "el", "la", "de", "que", "y", "en", "los", "las", "del", "se", "por", "un", "una", "para", "con",
        "es", "al", "lo", "como", "más", "pero", "sus", "su", "le", "ya", "fue", "este", "esta", "ha",
        "son", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta", "donde", "desde", "todo",
    };

    /// <summary>Returns "es" or "en" (the default when the text gives no evidence).</summary>
    public static string Detect(string text)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        int en = 0, es = 0, marks = 0;
        var start = -1;
        for (var i = 0; i <= sample.Length; i++)
        {
            var c = i < sample.Length ? sample[i] : ' ';
            if (char.IsLetter(c))
            {
                if (start < 0) start = i;
                if ("ñáéíóú¿¡".Contains(char.ToLowerInvariant(c))) marks++;
                continue;
            }
            if (c is '¿' or '¡') marks++;
            if (start < 0) continue;
            var word = sample[start..i].ToLowerInvariant();
            if (English.Contains(word)) en++;
            else if (Spanish.Contains(word)) es++;
            start = -1;
        }
        if (es == en) return marks > 0 ? "es" : "en";
        return es > en ? "es" : "en";
    }

    /// <summary>
    /// Detects the language of a title and its text joined by a line break, copying only the part of
    /// the text that falls within the sample.
    /// </summary>
    public static string Detect(string title, string text)
    {
        if (title.Length >= SampleChars) return Detect(title);
        var fromText = Math.Min(text.Length, SampleChars - title.Length - 1);
        return Detect(string.Concat(title, "\n", text.AsSpan(0, fromText)));
    }

    /// <summary>Maps "en", "EN", "English", "es", "spa", "Español"… to "en"/"es"; null for anything else.</summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var value = language.Trim().ToLowerInvariant();
        if (value.StartsWith("en") || value == "eng") return "en";
        if (value.StartsWith("es") || value.StartsWith("spa") || value.StartsWith("españ") || value == "castellano") return "es";
        return null;
    }
}
