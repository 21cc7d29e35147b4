using SearchPortal.Core.Facets;
using SearchPortal.Core.Highlighting;

namespace SearchPortal.Core.Search;

/// <summary>
/// One result, with the fields of the CLI's --json and the web API's hits. <see cref="Snippets"/> and
/// <see cref="TitleHighlighted"/> are text with mark ranges; the JSON document renders them as HTML (<c>Export.SearchJson</c>).
/// Each tagged dimension has two lists: what the article is about (<see cref="Regions"/>, <see cref="CrimeTypes"/>,
/// <see cref="Groups"/>) and everything it mentions, focus included (<see cref="RegionMentions"/>…); regions are
/// paths, deepest level only.
/// </summary>
public sealed record SearchHit(
    string Id,
    string Key,
    string Source,
    string Title,
    string? Url,
    string? Outlet,
    string? Author,
    DateOnly? Published,
    int? Year,
    string Language,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> RegionMentions,
    IReadOnlyList<string> CrimeTypes,
    IReadOnlyList<string> CrimeTypeMentions,
    IReadOnlyList<string> Groups,
    IReadOnlyList<string> GroupMentions,
    float Score,
    IReadOnlyList<MarkedText> Snippets,
    MarkedText TitleHighlighted)
{
    /// <summary>The tagged dimensions in <see cref="FacetSchema.All"/> order, each with its two lists, for pages that list tags generically.</summary>
    public IReadOnlyList<HitTags> Tags() =>
    [
        new(FacetSchema.Region, Regions, RegionMentions),
        new(FacetSchema.Crime, CrimeTypes, CrimeTypeMentions),
        new(FacetSchema.Group, Groups, GroupMentions),
    ];
}
