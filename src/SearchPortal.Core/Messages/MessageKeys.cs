namespace SearchPortal.Core.Messages;

/// <summary>The keys of the messages Core makes (<see cref="EnglishMessages"/> words them). Constants only.</summary>
public static class MessageKeys
{
    public const string QueryRepaired = "query.repaired";
    public const string QueryPlainWords = "query.plainWords";
    public const string QueryNoWords = "query.noWords";
    public const string QueryStopwordsOnly = "query.stopwordsOnly";
    public const string QueryLong = "query.long";
    public const string QueryUnknownField = "query.unknownField";
    public const string QueryAlsoSearched = "query.alsoSearched";
    public const string QueryLimitWords = "query.limitWords";
    public const string QueryLimitNoWords = "query.limitNoWords";
    public const string SpellingSuggested = "spelling.suggested";
    public const string SpellingApplied = "spelling.applied";
    public const string ScopeIgnored = "scope.ignored";
    public const string ScopeAboutOnly = "scope.aboutOnly";
    public const string LimitQueryLength = "limit.queryLength";
    public const string LimitSize = "limit.size";
    public const string LimitPage = "limit.page";
    public const string LimitDepth = "limit.depth";
    public const string LimitFacetSize = "limit.facetSize";
    public const string LimitFilters = "limit.filters";
    public const string LimitExcluded = "limit.excluded";
    public const string LimitPatternLength = "limit.patternLength";
    public const string LimitWildcards = "limit.wildcards";
    public const string LimitPatterns = "limit.patterns";
    public const string LimitExpandedTerms = "limit.expandedTerms";
    public const string FilterForm = "filter.form";
    public const string FilterUnknownDimension = "filter.unknownDimension";
    public const string FilterNoValue = "filter.noValue";
    public const string FilterYearRangeForm = "filter.yearRangeForm";
    public const string FilterYearRangeEmpty = "filter.yearRangeEmpty";
    public const string FilterYearRangeRepeated = "filter.yearRangeRepeated";
    public const string FilterUnknownValue = "filter.unknownValue";
}
