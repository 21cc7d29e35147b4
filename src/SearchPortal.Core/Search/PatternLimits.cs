using Lucene.Net.Search;

namespace SearchPortal.Core.Search;

/// <summary>
/// Checks the shape of a prefix, wildcard or fuzzy word before Lucene builds anything for it. Lucene.Net 4.8
/// determinizes a wildcard's automaton with no size limit, and each ? after a * can double its states
/// (x*a followed by twelve ? takes seconds and hundreds of megabytes); bounding the length and the number of
/// wildcards bounds each automaton (about 2,000 states over UTF-8 at most), and bounding the number of such
/// words bounds them per query. Stateless and thread-safe.
/// </summary>
internal static class PatternLimits
{
    public const string Parameter = "q";

    /// <summary>Throws <see cref="QueryLimitException"/> when <paramref name="pattern"/> (as typed, * and ? included) is out of bounds.</summary>
    public static void CheckWildcard(string pattern)
    {
        CheckLength(pattern);
        var wildcards = pattern.Count(c => c is '*' or '?');
        if (wildcards > SearchLimits.MaxPatternWildcards)
        {
            Refuse($"'{Quote(pattern)}' has {wildcards} wildcards (* and ?); a word may have at most {SearchLimits.MaxPatternWildcards}.");
        }
    }

    /// <summary>
    /// Throws <see cref="QueryLimitException"/> when the fuzzy word is too long. Its edit distance needs no check:
    /// Lucene caps it at 2, whatever word~N asks for.
    /// </summary>
    public static void CheckFuzzy(string word) => CheckLength(word + "~");

    /// <summary>Throws <see cref="QueryLimitException"/> when <paramref name="count"/> words with * ? or ~ are too many.</summary>
    public static void CheckCount(int count)
    {
        if (count > SearchLimits.MaxPatterns)
        {
            Refuse($"The query has more than {SearchLimits.MaxPatterns} words with * ? or ~; use at most {SearchLimits.MaxPatterns}.");
        }
    }

    public static LimitProblem TooManyTerms(string query) => new(Parameter,
        $"'{Quote(query)}' expands to more than {SearchLimits.MaxExpandedTerms:N0} index terms through its * ? and ~ words; " +
        "type more letters before the * or ?.");

    private static void CheckLength(string pattern)
    {
        if (pattern.Length > SearchLimits.MaxPatternLength)
        {
            Refuse($"'{Quote(pattern)}' is {pattern.Length} characters long; a word with * ? or ~ may have at most {SearchLimits.MaxPatternLength}.");
        }
    }

    private static void Refuse(string message) => throw new QueryLimitException(new LimitProblem(Parameter, message));

    private static string Quote(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
