using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Search;

/// <summary>
/// One search as the edges (HTTP binder, CLI) read it: typed values only, nothing left to parse but the query text.
/// Immutable.
/// </summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }

    /// <summary>The facet filters the client chose.</summary>
    public FacetSelection Filters { get; init; } = FacetSelection.Empty;

    /// <summary>
    /// Fixed filters the search stays inside whatever <see cref="Filters"/> say (a partner site's), applied by the
    /// searcher in every operation that takes the request; null for an unscoped search.
    /// </summary>
    public FacetScope? Scope { get; init; }

    public SortOrder? Sort { get; init; }
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;

    /// <summary>Values listed per facet dimension (and per level of the region tree).</summary>
    public int FacetSize { get; init; } = 10;

    /// <summary>Also search crime concepts named in the query through their terms in the other languages.</summary>
    public bool Expand { get; init; } = true;

    /// <summary>Concept terms not to add (each compared folded, as <see cref="AddedTerm.Term"/> spells it or not).</summary>
    public IReadOnlyList<string> ExcludedTerms { get; init; } = [];
    /// <summary>
    /// Answer a misspelled query with its correction when the correction finds many more articles
    /// (<see cref="SpellingCorrection"/>); false searches exactly what was typed ("search instead for …").
    /// </summary>
    public bool Correct { get; init; } = true;
}
