namespace SearchPortal.Core.Search;

/// <summary>One search as the CLI and the API receive it. Filters are "dim=value" strings.</summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }
    public IReadOnlyList<string> Filters { get; init; } = [];
    public int? YearFrom { get; init; }
    public int? YearTo { get; init; }
    public SortOrder? Sort { get; init; }
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 10;

    /// <summary>Values listed per facet dimension (and per level of the region tree).</summary>
    public int FacetSize { get; init; } = 10;

    /// <summary>Also search crime concepts named in the query through their terms in the other language.</summary>
    public bool Expand { get; init; } = true;
}
