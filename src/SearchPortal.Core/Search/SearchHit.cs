using SearchPortal.Core.Highlighting;

namespace SearchPortal.Core.Search;

/// <summary>
/// One result, with the fields of the CLI's --json and the web API's hits. <see cref="Snippets"/> and
/// <see cref="TitleHighlighted"/> are text with mark ranges; the JSON document renders them as HTML (<c>Export.SearchJson</c>).
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
    IReadOnlyList<string> CrimeTypes,
    float Score,
    IReadOnlyList<MarkedText> Snippets,
    MarkedText TitleHighlighted);
