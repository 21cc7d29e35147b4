using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;

namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// Words never used as query terms: the Snowball English list (PostgreSQL's english.stop), Lucene's English
/// and Spanish stop sets (the latter is Snowball's Spanish list, as in PostgreSQL), folded. A query term
/// that one engine drops as a stopword would not be the same query on every engine.
/// </summary>
internal static class Stopwords
{
    private static readonly string[] SnowballEnglish =
    [
        "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his",
        "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which",
        "who", "whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
        "having", "do", "does", "did", "doing", "would", "should", "could", "ought", "a", "an", "the", "and", "but", "if", "or", "because",
        "as", "until", "while", "of", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during", "before",
        "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "then",
        "once", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some",
        "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "now",
    ];

    public static IReadOnlySet<string> All { get; } = Build();

    private static HashSet<string> Build()
    {
        var words = new HashSet<string>(SnowballEnglish, StringComparer.Ordinal);
        foreach (var word in EnglishAnalyzer.DefaultStopSet.Concat(SpanishAnalyzer.DefaultStopSet))
        {
            words.Add(TextFold.Fold(word.ToString() ?? ""));
        }
        return words;
    }
}
