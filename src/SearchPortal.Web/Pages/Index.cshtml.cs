using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Messages;
using SearchPortal.Core.Search;
using SearchPortal.Web.Api;
using SearchPortal.Web.Exports;
using SearchPortal.Web.Localization;
using SearchPortal.Web.Partners;

namespace SearchPortal.Web.Pages;

/// <summary>
/// The search page, rendered on the server from the URL's parameters, so every state is a permalink. What a reader can
/// recover from stays on the page: a year range the wrong way round is an error beside its fields (the rest searched
/// without it), a page past the end goes to the last page, a search that finds nothing says which filter to drop. A
/// form submitted without script and a partner's link are redirected to the plain URL they stand for.
/// </summary>
public sealed class IndexModel(ArticleSearcher searcher, IndexSnapshots snapshots, PartnerDirectory partners) : PageModel
{
    /// <summary>
    /// Values the sidebar lists per facet dimension (and per level of the region tree). One size for every
    /// dimension; the outlet list, searched as you type, is the one that needs this many.
    /// </summary>
    public const int SidebarFacetSize = 30;

    /// <summary>The page sizes the reader may choose.</summary>
    public static IReadOnlyList<int> PageSizes { get; } = [10, 20, 50, 100];

    /// <summary>
    /// The form's hidden field naming the query the chosen sort was chosen for: a new query typed into the box is sorted
    /// by relevance again unless the reader picks a sort for it.
    /// </summary>
    public const string SortedQueryParameter = "sortq";

    /// <summary>Most filters the empty state tries dropping, one search each.</summary>
    private const int MaxRemovals = 8;

    public SearchResponse? Results { get; private set; }

    public SearchRequest? Search { get; private set; }

    /// <summary>Errors that replace the results, worded in the UI language.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Errors shown beside their fields (yearFrom, yearTo), the page searching without those parameters.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public UiText Text { get; } = UiText.Current;

    public SearchLinks Links => _links ??= new(Request.Query);

    private SearchLinks? _links;

    public string Query => Request.Query["q"].ToString();

    /// <summary>The query the results are for: the spelling correction when one was applied, else the query as typed.</summary>
    public string EffectiveQuery => Results?.Correction is { Applied: true } correction ? correction.Query : Query;

    /// <summary>The index state the results come from; permalinks and exports pin it.</summary>
    public IndexVersion? Version { get; private set; }

    /// <summary>The generation the URL pinned (v) when the index no longer holds it; the results are then current.</summary>
    public long? MissingVersion { get; private set; }

    /// <summary>The added concept terms once each (a term two languages share is one chip), in query order.</summary>
    public IReadOnlyList<string> AddedTerms => [.. (Results?.AddedTerms ?? []).Select(t => t.Term).Distinct(StringComparer.Ordinal)];

    /// <summary>The terms the URL leaves out (<c>exclude</c>), each offered back.</summary>
    public IReadOnlyList<string> ExcludedTerms => Search?.ExcludedTerms ?? [];

    /// <summary>Undated articles of the search, counted as the year histogram counts (which has no bar for them).</summary>
    public int Undated { get; private set; }

    /// <summary>With no hits: each active filter (URL parameter and value) with the hits the search finds without it.</summary>
    public IReadOnlyList<(string Parameter, string Value, int Total)> Removals { get; private set; } = [];

    /// <summary>
    /// The notices, worded in the UI language, but the added concept terms when they are shown as chips
    /// (<c>_AddedTerms</c>).
    /// </summary>
    public IEnumerable<string> Notices => (Results?.Notices ?? [])
        .Where(n => !(Results!.AddedTerms.Count > 0 && n.Key == MessageKeys.QueryAlsoSearched))
        .Select(Text.Render);

    public IActionResult OnGet()
    {
        if (Request.Query.ContainsKey(SortedQueryParameter)) return Redirect(Links.Submitted(SortedQueryParameter));
        // From a partner's search box ("all results", link-out mode): the partner's scope as the page's own filters.
        if (Request.Query[PartnerDirectory.QueryParameter].ToString() is { Length: > 0 } key)
        {
            return Redirect(Links.WithFilters(partners.Find(key)?.Scope.Filters.Filters().Select(f => (f.Dimension.Parameter, f.Value)) ?? []));
        }
        var request = SearchQueryBinder.Bind(Request.Query, out var errors);
        var pinned = PinnedVersion.Bind(Request.Query, errors);
        FieldErrors = new[] { "yearFrom", "yearTo" }
            .Select(p => (Parameter: p, Messages: errors.Remove(p).Select(Text.Render).ToList()))
            .Where(e => e.Messages.Count > 0)
            .ToDictionary(e => e.Parameter, e => (IReadOnlyList<string>)e.Messages);
        if (errors.Contains("page") && request.Page > 1 && errors.All.All(e => e.Parameter == "page"))
        {
            return Redirect(Links.WithPage(Math.Max(1, SearchLimits.MaxResultDepth / Math.Max(1, request.Size))));
        }
        if (errors.Count > 0)
        {
            Errors = errors.All.Select(e => Text.Render(e.Reason)).ToList();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Search = request with { FacetSize = SidebarFacetSize };
        using var snapshot = PinnedVersion.OpenOrCurrent(snapshots, pinned, out var gone);
        Version = snapshot.Version;
        MissingVersion = gone ? pinned : null;
        Results = searcher.Search(snapshot, Search);
        if (Results.FilterErrors.Count > 0)
        {
            // As the API: a filter that names no value of the index is a 400 with the reasons, not a page of links carrying it.
            Errors = Results.FilterErrors.Select(Text.Render).ToList();
            Results = null;
            Version = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (Results.Hits.Count == 0 && Results.Total > 0 && Search.Page > 1)
        {
            return Redirect(Links.WithPage((Results.Total + Search.Size - 1) / Search.Size));
        }
        var effective = Search with { Query = EffectiveQuery };
        Undated = searcher.CountUndated(snapshot, effective);
        if (Results.Total == 0) Removals = CountRemovals(snapshot, effective);
        return Page();
    }

    /// <summary>The active filters in URL order (parameter, value), for the chips, the empty state and the Filters button.</summary>
    public IEnumerable<(string Parameter, string Value)> ActiveFilters() =>
        SearchQueryBinder.FilterParameters
            .SelectMany(p => Request.Query[p].Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).Select(v => (p, v!)));

    private List<(string, string, int)> CountRemovals(IndexSnapshot snapshot, SearchRequest request) =>
        ActiveFilters().Take(MaxRemovals)
            .Select(f => (f.Parameter, f.Value, Total: searcher.Count(snapshot, Without(request, f.Parameter, f.Value))))
            .Where(r => r.Total > 0)
            .ToList();

    /// <summary>The request without one filter, bound again from the URL less that value (so the year range stays whole).</summary>
    private SearchRequest Without(SearchRequest request, string parameter, string value)
    {
        var query = Request.Query.ToDictionary(p => p.Key, p => p.Key == parameter
            ? new Microsoft.Extensions.Primitives.StringValues(p.Value.Where(v => v != value).ToArray())
            : p.Value);
        return SearchQueryBinder.Bind(new QueryCollection(query), out _) with { Query = request.Query, Sort = request.Sort };
    }
}
