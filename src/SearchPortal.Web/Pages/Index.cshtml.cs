using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Web.Api;
using SearchPortal.Web.Exports;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Pages;

/// <summary>The search page, rendered on the server from the URL's parameters, so every state is a permalink.</summary>
public sealed class IndexModel(ArticleSearcher searcher, IndexSnapshots snapshots) : PageModel
{
    /// <summary>
    /// Values the sidebar lists per facet dimension (and per level of the region tree). One size for every
    /// dimension; the outlet list, searched as you type, is the one that needs this many.
    /// </summary>
    public const int SidebarFacetSize = 30;

    public SearchResponse? Results { get; private set; }

    public SearchRequest? Search { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public UiText Text { get; } = UiText.Current;

    public SearchLinks Links => _links ??= new(Request.Query);

    private SearchLinks? _links;

    public string Query => Request.Query["q"].ToString();

    public string? DidYouMean { get; private set; }

    /// <summary>The index state the results come from; permalinks and exports pin it.</summary>
    public IndexVersion? Version { get; private set; }

    /// <summary>The generation the URL pinned (v) when the index no longer holds it; the results are then current.</summary>
    public long? MissingVersion { get; private set; }

    /// <summary>The notices but the did-you-mean and, when shown as chips (<c>_AddedTerms</c>), the added concept terms.</summary>
    public IEnumerable<string> Notices => Results?.Notices.Where(n => !n.StartsWith(DidYouMeanPrefix, StringComparison.Ordinal)
        && !(Results.AddedTerms.Count > 0 && n.StartsWith(AddedTerm.NoticePrefix, StringComparison.Ordinal))) ?? [];

    /// <summary>The added concept terms once each (a term two languages share is one chip), in query order.</summary>
    public IReadOnlyList<string> AddedTerms => [.. (Results?.AddedTerms ?? []).Select(t => t.Term).Distinct(StringComparer.Ordinal)];

    /// <summary>The terms the URL leaves out (<c>exclude</c>), each offered back.</summary>
    public IReadOnlyList<string> ExcludedTerms => Search?.ExcludedTerms ?? [];

    private const string DidYouMeanPrefix = SpellingSuggester.NoticePrefix;

    public void OnGet()
    {
        var request = SearchQueryBinder.Bind(Request.Query, out var errors);
        var pinned = PinnedVersion.Bind(Request.Query, errors);
        Errors = errors;
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        Search = request with { FacetSize = SidebarFacetSize };
        using (var snapshot = PinnedVersion.OpenOrCurrent(snapshots, pinned, out var gone))
        {
            Version = snapshot.Version;
            MissingVersion = gone ? pinned : null;
            Results = searcher.Search(snapshot, Search);
        }
        if (Results.FilterErrors.Count > 0)
        {
            // As the API: a filter that names no value of the index is a 400 with the reasons, not a page of links carrying it.
            Errors = new Dictionary<string, string[]> { ["filters"] = [.. Results.FilterErrors] };
            Results = null;
            Version = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        DidYouMean = Results.Notices.FirstOrDefault(n => n.StartsWith(DidYouMeanPrefix, StringComparison.Ordinal))?[DidYouMeanPrefix.Length..];
    }

    /// <summary>The active filters as (URL parameter, value) pairs, for the removable chips.</summary>
    public IEnumerable<(string Parameter, string Value)> ActiveFilters() =>
        SearchQueryBinder.FilterParameters
            .SelectMany(p => Request.Query[p].Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Select(v => (p, v!)));
}
