using Microsoft.AspNetCore.WebUtilities;
using SearchPortal.Web.Api;

namespace SearchPortal.Web.Pages;

/// <summary>
/// Builds links that change one part of the search state in the URL (a facet value, the sort, the page)
/// and keep the rest, so every page is a permalink and the back button walks the search history. Only the
/// search's own parameters carry over (<see cref="SearchQueryBinder.LinkState"/>). Immutable per request.
/// </summary>
public sealed class SearchLinks(IQueryCollection query)
{
    private static readonly string[] PagingKeys = ["page"];

    public bool IsSelected(string parameter, string value) =>
        query[parameter].Any(v => string.Equals(v, value, StringComparison.Ordinal));

    public string Toggle(string parameter, string value) =>
        Build(state =>
        {
            var values = state.GetValueOrDefault(parameter) ?? [];
            state[parameter] = values.Contains(value) ? values.Where(v => v != value).ToList() : [.. values, value];
        });

    public string Remove(string parameter, string? value = null) =>
        Build(state =>
        {
            if (value is null) state.Remove(parameter);
            else if (state.TryGetValue(parameter, out var values)) state[parameter] = values.Where(v => v != value).ToList();
        });

    public string ClearFilters(IEnumerable<string> parameters) => Build(state =>
    {
        foreach (var parameter in parameters) state.Remove(parameter);
    });

    /// <summary>This value alone for its parameter (a hit's tag filters to it), the rest of the search kept.</summary>
    public string With(string parameter, string value) => Build(state => state[parameter] = [value]);

    /// <summary>Sets every value of one parameter (none removes it) and keeps the rest of the state.</summary>
    public string WithValues(string parameter, IEnumerable<string> values) => Build(state => state[parameter] = [.. values]);
    /// <summary>
    /// The URL a submitted form stands for, without empty fields: its sort kept only when the form says it was chosen
    /// for the query now in the box (<paramref name="sortedQueryParameter"/> names the query the results were sorted
    /// for), since a new query is ranked by relevance unless the reader picks a sort for it.
    /// </summary>
    public string Submitted(string sortedQueryParameter) => Build(state =>
    {
        if (query[sortedQueryParameter].ToString().Trim() != query["q"].ToString().Trim()) state.Remove("sort");
    });

    /// <summary>The search with these filters added (parameter and value), as a partner's scope arrives on the page.</summary>
    public string WithFilters(IEnumerable<(string Parameter, string Value)> filters) => Build(state =>
    {
        foreach (var (parameter, value) in filters)
        {
            var values = state.GetValueOrDefault(parameter) ?? [];
            if (!values.Contains(value)) state[parameter] = [.. values, value];
        }
    });

    public string WithPage(int page) => Build(state => state["page"] = [page.ToString(System.Globalization.CultureInfo.InvariantCulture)], keepPage: true);

    private string Build(Action<Dictionary<string, List<string>>> change, bool keepPage = false)
    {
        var state = SearchQueryBinder.LinkState(query)
            .Where(p => keepPage || !PagingKeys.Contains(p.Key))
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToList(), StringComparer.OrdinalIgnoreCase);
        change(state);
        var pairs = state.Where(p => p.Value.Count > 0)
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, (string?)v)));
        return QueryHelpers.AddQueryString("/", pairs);
    }
}
