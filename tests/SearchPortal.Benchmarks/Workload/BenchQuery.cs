namespace SearchPortal.Benchmarks.Workload;

/// <summary>
/// One query of the mix, held as structure (kind and words) so that every engine gets a faithful
/// translation, plus the facet filters and the query class it is measured in.
/// </summary>
internal sealed record BenchQuery(string Class, QueryKind Kind, IReadOnlyList<string> Words, IReadOnlyList<FacetFilter> Filters)
{
    /// <summary>The query in the portal's user syntax.</summary>
    public string PortalText => Kind switch
    {
        QueryKind.Browse => "",
        QueryKind.Phrase => "\"" + string.Join(' ', Words) + "\"",
        QueryKind.Or => string.Join(" OR ", Words),
        QueryKind.Prefix => Words[0] + "*",
        _ => string.Join(' ', Words),
    };

    public string Describe() =>
        (Kind == QueryKind.Browse ? "(browse)" : PortalText) + (Filters.Count == 0 ? "" : " | " + string.Join(", ", Filters));

    /// <summary>
    /// The web API path for this query (size 10, facets and snippets as the API always returns them), without
    /// cross-language concept expansion, which the peers do not have.
    /// </summary>
    public string ApiPath() =>
        "/api/search?expand=false&q=" + Uri.EscapeDataString(PortalText)
        + string.Concat(Filters.Select(f => $"&{f.UrlParameter}={Uri.EscapeDataString(f.Value)}"));
}
