using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Messages;
using SearchPortal.Core.Search;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Api;

/// <summary>
/// Reads the search parameters shared by the API, the pages, exports and feeds
/// (q, region, year, yearFrom, yearTo, crime, group, outlet, lang, match, sort, page, size, expand, exclude, correct) and
/// reports every bad parameter with a reason instead of failing on the first (<see cref="ParameterErrors"/>). Stateless and thread-safe.
/// </summary>
public static class SearchQueryBinder
{
    /// <summary>Every URL parameter that narrows the search: one per facet dimension (<see cref="FacetSchema.All"/>), then yearFrom and yearTo.</summary>
    public static IReadOnlyList<string> FilterParameters { get; } = [.. FacetSchema.All.Select(d => d.Parameter), "yearFrom", "yearTo"];

    /// <summary>The URL parameter of <see cref="FacetSelection.Match"/>: "about" (the default) or "mentions".</summary>
    public const string MatchParameter = "match";

    /// <summary>"correct=false" searches the query exactly as typed, without applying a spelling correction.</summary>
    public const string CorrectParameter = "correct";

    /// <summary>Every URL parameter of a search (with <c>v</c>, the pinned index version); case-insensitive, as ASP.NET Core reads them.</summary>
    public static IReadOnlySet<string> Parameters { get; } = new HashSet<string>(
        ["q", .. FilterParameters, MatchParameter, "sort", "page", "size", "expand", "exclude", CorrectParameter, Exports.PinnedVersion.Parameter], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The search state a link carries over: the known <see cref="Parameters"/> only, each non-empty value once, so
    /// that no junk parameter or repeated value is copied into every link of a page.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> LinkState(IQueryCollection query) =>
        query.Where(p => Parameters.Contains(p.Key))
            .SelectMany(p => p.Value.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).Select(v => KeyValuePair.Create(p.Key, v!)));

    /// <summary>The query string without <paramref name="ignored"/> parameters (case-insensitive), for endpoints that fix them.</summary>
    public static IQueryCollection Without(IQueryCollection query, IEnumerable<string> ignored) =>
        new QueryCollection(query.Where(p => !ignored.Contains(p.Key, StringComparer.OrdinalIgnoreCase)).ToDictionary());

    /// <summary>
    /// The request the query string describes, its filters typed (<see cref="FacetSelection"/>): each dimension's
    /// parameter values, a year range from "year=2010..2015" and from yearFrom/yearTo. Every bad parameter is added to
    /// <paramref name="errors"/>, malformed or contradictory filters under "filters".
    /// </summary>
    public static SearchRequest Bind(IQueryCollection query, out ParameterErrors errors, int defaultSize = 10)
    {
        errors = new ParameterErrors();
        var request = new SearchRequest
        {
            Query = query["q"].ToString(),
            Filters = Filters(query, errors).WithMatch(Match(query, errors)),
            Sort = Sort(query, errors),
            Page = Integer(query, "page", errors) ?? 1,
            Size = Integer(query, "size", errors) ?? defaultSize,
            Expand = Boolean(query, "expand", errors) ?? true,
            ExcludedTerms = [.. query["exclude"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)],
            Correct = Boolean(query, CorrectParameter, errors) ?? true,
        };
        foreach (var problem in SearchLimits.Validate(request)) errors.Add(problem.Parameter, problem.Reason);
        return request;
    }

    /// <summary>The 400 for filters that name an unknown dimension or value, as every search endpoint answers it.</summary>
    public static ValidationProblem FilterProblem(IReadOnlyList<UserMessage> filterErrors, string title) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["filters"] = [.. filterErrors.Select(e => e.Text)] }, title: title);

    /// <summary>The 400 for bad parameters, in English, as every API endpoint answers them.</summary>
    public static ValidationProblem Problem(ParameterErrors errors, string title) =>
        TypedResults.ValidationProblem(errors.ToDictionary(UiText.English), title: title);

    /// <summary>The 400 for a query over Core's bounds (pattern shape, term expansion), as every API endpoint answers it.</summary>
    public static ValidationProblem QueryProblem(LimitProblem problem, string title) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [problem.Parameter] = [problem.Message] }, title: title);

    private static FacetSelection Filters(IQueryCollection query, ParameterErrors errors)
    {
        var problems = new List<UserMessage>();
        var selection = FacetSelection.Empty;
        foreach (var dimension in FacetSchema.All)
        {
            foreach (var value in query[dimension.Parameter].Where(v => !string.IsNullOrWhiteSpace(v)))
            {
                selection = FacetSelectionParser.Add(selection, dimension, value!, problems);
            }
        }
        var (yearFrom, yearTo) = (Integer(query, "yearFrom", errors), Integer(query, "yearTo", errors));
        if (yearFrom > yearTo)
        {
            errors.Add("yearFrom", "param.yearOrder", yearFrom!.Value, yearTo!.Value);
        }
        else if (yearFrom is not null || yearTo is not null)
        {
            // The range may come from a "year=a..b" value and the yearFrom/yearTo parameters together.
            var (from, to) = (yearFrom ?? selection.Years?.From, yearTo ?? selection.Years?.To);
            if (from > to) problems.Add(UserMessage.Of("param.yearDisagree", from!.Value, to!.Value));
            else selection = selection.WithYears(new YearRange(from, to));
        }
        foreach (var problem in problems) errors.Add("filters", problem);
        return selection;
    }

    private static int? Integer(IQueryCollection query, string name, ParameterErrors errors)
    {
        var raw = query[name].ToString();
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        errors.Add(name, "param.notNumber", name, Truncate(raw));
        return null;
    }

    private static bool? Boolean(IQueryCollection query, string name, ParameterErrors errors)
    {
        var raw = query[name].ToString();
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (bool.TryParse(raw, out var value)) return value;
        errors.Add(name, "param.notBoolean", name, Truncate(raw));
        return null;
    }

    private static FacetMatch Match(IQueryCollection query, ParameterErrors errors)
    {
        var raw = query[MatchParameter].ToString();
        if (string.IsNullOrWhiteSpace(raw)) return FacetMatch.About;
        foreach (var match in Enum.GetValues<FacetMatch>())
        {
            if (string.Equals(raw.Trim(), match.ToString(), StringComparison.OrdinalIgnoreCase)) return match;
        }
        errors.Add(MatchParameter, "param.match", Truncate(raw));
        return FacetMatch.About;
    }

    private static SortOrder? Sort(IQueryCollection query, ParameterErrors errors)
    {
        var raw = query["sort"].ToString();
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (Enum.TryParse<SortOrder>(raw, ignoreCase: true, out var sort) && !int.TryParse(raw, out _)) return sort;
        errors.Add("sort", "param.sort", Truncate(raw));
        return null;
    }

    /// <summary>A rejected value as error messages quote it: at most 40 characters, then "…".</summary>
    internal static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
