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
            errors.Add(new("q", $"q is {request.Query.Length} characters long; the limit is {MaxQueryLength}."));
        if (request.Size is < 1 or > MaxPageSize)
            errors.Add(new("size", $"size must be between 1 and {MaxPageSize}."));
        if (request.Page < 1)
            errors.Add(new("page", "page must be 1 or more."));
        else if ((long)request.Page * Math.Max(request.Size, 1) > MaxResultDepth)
            errors.Add(new("page", $"page × size may not exceed {MaxResultDepth:N0}; narrow the search or export the results instead."));
        if (request.FacetSize is < 1 or > MaxPageSize)
            errors.Add(new("facetSize", $"facetSize must be between 1 and {MaxPageSize}."));
        if (request.Filters.Count > MaxFilters)
            errors.Add(new("filters", $"at most {MaxFilters} filters are allowed."));
        if (request.ExcludedTerms.Count > MaxExcludedTerms)
            errors.Add(new("exclude", $"at most {MaxExcludedTerms} terms may be excluded."));
        return errors;
    }
}
