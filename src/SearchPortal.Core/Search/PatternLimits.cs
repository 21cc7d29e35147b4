using Lucene.Net.Search;
using SearchPortal.Core.Messages;

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
            Refuse(UserMessage.Of(MessageKeys.LimitWildcards, Quote(pattern), wildcards, SearchLimits.MaxPatternWildcards));
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
            Refuse(UserMessage.Of(MessageKeys.LimitPatterns, SearchLimits.MaxPatterns));
        }
    }

    public static LimitProblem TooManyTerms(string query) =>
        new(Parameter, UserMessage.Of(MessageKeys.LimitExpandedTerms, Quote(query), SearchLimits.MaxExpandedTerms));

    private static void CheckLength(string pattern)
    {
        if (pattern.Length > SearchLimits.MaxPatternLength)
        {
            Refuse(UserMessage.Of(MessageKeys.LimitPatternLength, Quote(pattern), pattern.Length, SearchLimits.MaxPatternLength));
        }
    }

    private static void Refuse(UserMessage reason) => throw new QueryLimitException(new LimitProblem(Parameter, reason));

    private static string Quote(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
