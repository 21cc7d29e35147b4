namespace SearchPortal.Core.Search;

/// <summary>One result, shaped exactly as the CLI's --json and the web API emit it.</summary>
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
    IReadOnlyList<string> Snippets,
    string TitleHighlighted);
