using SearchPortal.Core.Facets;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// The provenance of an export: what was searched (query, filters, sort), against which committed
/// index state, how many hits, and when. Written as HTTP headers and, where the format allows it,
/// into the file itself, so a result set can be re-created and cited. Immutable.
/// </summary>
public sealed record ExportHeader(
    ExportFormat Format,
    string Query,
    FacetSelection Filters,
    SortOrder Sort,
    int Total,
    IndexVersion Index,
    DateTimeOffset ExportedAt)
{
    /// <summary>Whether region, crime and group filters matched what articles are about or what they mention.</summary>
    public FacetMatch Match { get; init; }

    /// <summary>A URL that reproduces the result set (pinned to <see cref="Index"/>), when the caller has one.</summary>
    public string? Permalink { get; init; }

    /// <summary>
    /// The portal's article page URL without the key (e.g. "https://host/articles/"); citations of an
    /// article without an original URL point there. Null: such citations carry no URL.
    /// </summary>
    public string? ArticleBaseUrl { get; init; }

    /// <summary>The header of exporting every hit of <paramref name="hits"/>: the client's filters, as requested.</summary>
    public static ExportHeader For(ExportFormat format, HitStream hits, DateTimeOffset exportedAt) =>
        new(format, hits.Request.Query ?? "", hits.Request.Filters, hits.Sort, hits.Total, hits.Version, exportedAt) { Match = hits.Match };

    /// <summary>
    /// The URL a citation of <paramref name="hit"/> gives: the original article when it is an http(s) URL
    /// (<see cref="ArticleUrl"/>; an index built before that check may hold others), else its portal page.
    /// </summary>
    public string? CitationUrl(SearchHit hit) => ArticleUrl.Normalize(hit.Url) ?? (ArticleBaseUrl is null ? null : ArticleBaseUrl + hit.Key);
}
