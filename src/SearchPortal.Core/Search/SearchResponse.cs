using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Search;

/// <summary>The search result document shared by the CLI's --json and the web API's /api/search.</summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int Size,
    long TookMs,
    IReadOnlyList<string> Notices,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);
