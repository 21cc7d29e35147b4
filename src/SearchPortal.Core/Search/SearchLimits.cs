using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// The bounds every search must respect; a request outside them is refused with a reason
/// (a 400 on the API), never truncated silently.
/// </summary>
public static class SearchLimits
{
    public const int MaxQueryLength = 1_000;
    public const int MaxPageSize = 100;
    public const int MaxResultDepth = 10_000;
    public const int MaxFilters = 50;

    /// <summary>Added concept terms a request may leave out (<see cref="SearchRequest.ExcludedTerms"/>).</summary>
    public const int MaxExcludedTerms = 100;

    /// <summary>Longest word with a wildcard (* ?) or a fuzzy mark (~), in characters.</summary>
    public const int MaxPatternLength = 24;

    /// <summary>Most wildcard characters (* and ?) in one word. Each ? after a * can double the states of the pattern's automaton.</summary>
    public const int MaxPatternWildcards = 4;

    /// <summary>Most words with a wildcard or a fuzzy mark in one query (each builds an automaton per field it searches).</summary>
    public const int MaxPatterns = 8;

    /// <summary>
    /// Most index terms the query's prefix, wildcard and fuzzy words may expand to, counted per field and
    /// index segment (the terms a search enumerates), before the search runs.
    /// </summary>
    public const int MaxExpandedTerms = 10_000;

    /// <summary>Returns the reasons the request is out of bounds; empty when it is fine.</summary>
    public static IReadOnlyList<LimitProblem> Validate(SearchRequest request)
    {
        var errors = new List<LimitProblem>();
        if (request.Query is { Length: > MaxQueryLength })
            errors.Add(new("q", UserMessage.Of(MessageKeys.LimitQueryLength, request.Query.Length, MaxQueryLength)));
        if (request.Size is < 1 or > MaxPageSize)
            errors.Add(new("size", UserMessage.Of(MessageKeys.LimitSize, MaxPageSize)));
        if (request.Page < 1)
            errors.Add(new("page", UserMessage.Of(MessageKeys.LimitPage)));
        else if ((long)request.Page * Math.Max(request.Size, 1) > MaxResultDepth)
            errors.Add(new("page", UserMessage.Of(MessageKeys.LimitDepth, MaxResultDepth)));
        if (request.FacetSize is < 1 or > MaxPageSize)
            errors.Add(new("facetSize", UserMessage.Of(MessageKeys.LimitFacetSize, MaxPageSize)));
        if (request.Filters.Count > MaxFilters)
            errors.Add(new("filters", UserMessage.Of(MessageKeys.LimitFilters, MaxFilters)));
        if (request.ExcludedTerms.Count > MaxExcludedTerms)
            errors.Add(new("exclude", UserMessage.Of(MessageKeys.LimitExcluded, MaxExcludedTerms)));
        return errors;
    }
}
