namespace SearchPortal.Core.Tests.Facets;

/// <summary>One test document: its facet values as given to the indexer (duplicates allowed) and a bit of text.</summary>
internal sealed record FacetDoc(
    string Id,
    IReadOnlyList<string> Regions,
    int? Year,
    IReadOnlyList<string> Crimes,
    string? Outlet,
    string? Language,
    string Text);
