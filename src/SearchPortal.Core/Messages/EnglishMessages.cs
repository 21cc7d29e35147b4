using System.Globalization;

namespace SearchPortal.Core.Messages;

/// <summary>
/// The English wording of every <see cref="UserMessage"/> Core makes, as composite format strings ({0}, {1:N0}, …)
/// keyed by <see cref="UserMessage.Key"/>; the portal's Spanish table mirrors these keys. Static and immutable,
/// therefore thread-safe.
/// </summary>
public static class EnglishMessages
{
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MessageKeys.QueryRepaired] = "Searched for {0}: the query as typed was incomplete.",
        [MessageKeys.QueryPlainWords] = "The query could not be read as written; searched for its words: {0}",
        [MessageKeys.QueryNoWords] = "The query could not be read as written and has no words to search.",
        [MessageKeys.QueryStopwordsOnly] = "The query has only common words (stopwords); nothing was searched.",
        [MessageKeys.QueryLong] = "Long query: results contain any of its {0} words, ranked by how many they contain and how near each other.",
        [MessageKeys.QueryUnknownField] = "Unknown field '{0}:' ignored; '{1}' was searched in the article text.",
        [MessageKeys.QueryAlsoSearched] = "Also searched: {0} ({1})",
        [MessageKeys.QueryLimitWords] = "{0} Searched for the words instead: {1}",
        [MessageKeys.QueryLimitNoWords] = "{0} The query has no plain words to search instead.",
        [MessageKeys.SpellingSuggested] = "Did you mean: {0}",
        [MessageKeys.SpellingApplied] = "Showing results for {0}; search instead for {1}",
        [MessageKeys.ScopeAboutOnly] = "Within the scope of {0} ({1}) facets count what articles are about, not their mentions.",
        [MessageKeys.ScopeIgnored] = "The filter '{0}' is outside the scope of {1} ({2}) and was ignored.",
        [MessageKeys.LimitQueryLength] = "q is {0} characters long; the limit is {1}.",
        [MessageKeys.LimitSize] = "size must be between 1 and {0}.",
        [MessageKeys.LimitPage] = "page must be 1 or more.",
        [MessageKeys.LimitDepth] = "page × size may not exceed {0:N0}; narrow the search or export the results instead.",
        [MessageKeys.LimitFacetSize] = "facetSize must be between 1 and {0}.",
        [MessageKeys.LimitFilters] = "at most {0} filters are allowed.",
        [MessageKeys.LimitExcluded] = "at most {0} terms may be excluded.",
        [MessageKeys.LimitPatternLength] = "'{0}' is {1} characters long; a word with * ? or ~ may have at most {2}.",
        [MessageKeys.LimitWildcards] = "'{0}' has {1} wildcards (* and ?); a word may have at most {2}.",
        [MessageKeys.LimitPatterns] = "The query has more than {0} words with * ? or ~; use at most {0}.",
        [MessageKeys.LimitExpandedTerms] = "'{0}' expands to more than {1:N0} index terms through its * ? and ~ words; type more letters before the * or ?.",
        [MessageKeys.FilterForm] = "Filter '{0}' is not of the form dimension=value.",
        [MessageKeys.FilterUnknownDimension] = "Unknown facet dimension '{0}' in '{1}'; known: {2}.",
        [MessageKeys.FilterNoValue] = "Filter '{0}' has no value.",
        [MessageKeys.FilterYearRangeForm] = "Year range '{0}' must look like year=2010..2015, year=2010.. or year=..2015.",
        [MessageKeys.FilterYearRangeEmpty] = "Year range '{0}' is empty: {1} is after {2}.",
        [MessageKeys.FilterYearRangeRepeated] = "Year range '{0}' repeats an earlier year range.",
        [MessageKeys.FilterUnknownValue] = "Unknown {0} value '{1}'.",
    };

    /// <summary>The message in English: its template with its values (messages among them in English too); an unknown key gives the key.</summary>
    public static string Format(UserMessage message)
    {
        if (!Templates.TryGetValue(message.Key, out var template)) return message.Key;
        var values = message.Values.Select(v => v is UserMessage inner ? Format(inner) : v).ToArray();
        return string.Format(CultureInfo.InvariantCulture, template, values);
    }
}
