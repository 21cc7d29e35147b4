using Lingua;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// Tells English, Spanish and Portuguese apart. English and Spanish are told by counting frequent function words that
/// belong to one language only, with Spanish letters (ñ, ¿, accented vowels) as a tie-breaker: accurate on news and
/// costing microseconds. A text with Portuguese evidence (a Portuguese-only function word, a letter Spanish and English
/// never use: ã, õ, ç, â, ê, ô, à, or more function words Portuguese shares with Spanish than Spanish or English ones)
/// is decided by Lingua's n-gram models restricted to the three languages, on its first <see cref="LinguaChars"/>
/// characters (Lingua reads all three about 20 times slower); only those three models ship. Stateless and thread-safe (Lingua's
/// detector is, and its models load once, on the first Portuguese-looking text).
/// </summary>
public static class LanguageDetector
{
    private const int SampleChars = 4000;

    /// <summary>How much of a Portuguese-looking text Lingua reads.</summary>
    public const int LinguaChars = 1000;

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

    /// <summary>Portuguese function words that Spanish and English do not have (so "de", "da", "dos", "no" are not here).</summary>
    private static readonly HashSet<string> Portuguese = new(StringComparer.Ordinal)
    {
        "não", "uma", "com", "em", "ao", "aos", "pelo", "pela", "pelos", "pelas", "também", "muito", "isso", "ele",
        "ela", "seu", "sua", "mais", "são", "foi", "foram", "até", "já", "há", "nas", "um", "às", "dele", "dela",
        "então", "essa", "esse", "num", "numa", "onde", "quando", "após", "pois", "ainda", "na", "nesta", "neste", "nessa",
        "nesse", "vai", "ou",
    };

    /// <summary>Portuguese function words that Spanish or English share ("o" is Spanish "or", "no" its "not").</summary>
    private static readonly HashSet<string> SharedPortuguese = new(StringComparer.Ordinal) { "o", "os", "as", "do", "da", "dos", "das", "no" };

    private static readonly Lazy<Lingua.LanguageDetector> Models = new(() => LanguageDetectorBuilder
        .FromLanguages(Language.English, Language.Spanish, Language.Portuguese)
        .WithPreloadedLanguageModels()
        .Build());

    /// <summary>Returns "en", "es" or "pt"; "en" when the text gives no evidence.</summary>
    public static string Detect(string text)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        int en = 0, es = 0, pt = 0, shared = 0, spanishMarks = 0, portugueseMarks = 0;
        var start = -1;
        for (var i = 0; i <= sample.Length; i++)
        {
            var c = i < sample.Length ? sample[i] : ' ';
            if (char.IsLetter(c))
            {
                if (start < 0) start = i;
                var lower = char.ToLowerInvariant(c);
                if ("ñáéíóú".Contains(lower)) spanishMarks++;
                else if ("ãõçâêôà".Contains(lower)) portugueseMarks++;
                continue;
            }
            if (c is '¿' or '¡') spanishMarks++;
            if (start < 0) continue;
            var word = sample[start..i].ToLowerInvariant();
            if (English.Contains(word)) en++;
            else if (Spanish.Contains(word)) es++;
            if (Portuguese.Contains(word)) pt++;
            else if (SharedPortuguese.Contains(word)) shared++;
            start = -1;
        }
        var portuguese = pt > 0 || portugueseMarks > 0 || (shared > es && shared > en);
        if (portuguese && Lingua(sample) is { } decided) return decided;
        if (es == en) return spanishMarks > 0 ? "es" : "en";
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

    /// <summary>Lingua's verdict on the start of <paramref name="sample"/>, or null when it has none.</summary>
    internal static string? Lingua(string sample) =>
        Models.Value.DetectLanguageOf(sample.Length > LinguaChars ? sample[..LinguaChars] : sample) switch
        {
            Language.English => "en",
            Language.Spanish => "es",
            Language.Portuguese => "pt",
            _ => null,
        };

    /// <summary>
    /// Maps a declared language to "en", "es" or "pt": codes ("en", "EN", "es-PE", "spa", "pt-BR", "por"), and names in
    /// English or in the language ("English", "Español", "castellano", "Portuguese", "português"); null for anything
    /// else ("estonian", "esperanto").
    /// </summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var value = Folding.Fold(language.Trim());
        var code = new string(value.TakeWhile(char.IsAsciiLetter).ToArray());
        return code switch
        {
            "en" or "eng" or "english" or "ingles" => "en",
            "es" or "spa" or "spanish" or "espanol" or "castellano" => "es",
            "pt" or "por" or "portuguese" or "portugues" => "pt",
            _ => null,
        };
    }
}
