namespace SearchPortal.Core.Tests.Facets;

/// <summary>
/// One test document: its facet values as given to the indexer (duplicates allowed) and a bit of text. The focus
/// values come first; mentions (<see cref="RegionMentions"/>…) are what the document mentions besides its focus.
/// </summary>
internal sealed record FacetDoc(
    string Id,
    IReadOnlyList<string> Regions,
    int? Year,
    IReadOnlyList<string> Crimes,
    string? Outlet,
    string? Language,
    string Text)
{
    public IReadOnlyList<string> Groups { get; init; } = [];

    public IReadOnlyList<string> RegionMentions { get; init; } = [];

    public IReadOnlyList<string> CrimeMentions { get; init; } = [];

    public IReadOnlyList<string> GroupMentions { get; init; } = [];
}
