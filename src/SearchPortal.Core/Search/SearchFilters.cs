using Lucene.Net.Index;
using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Search;

/// <summary>
/// Turns a request's "dim=value" filters and year range into a facet selection resolved against the
/// index's values, collecting every unknown dimension or value as a reason. Stateless and thread-safe.
/// </summary>
public static class SearchFilters
{
    public static FacetSelection Resolve(IndexReader reader, SearchRequest request, out IReadOnlyList<string> errors)
    {
        var selection = FacetSelection.Parse(request.Filters, out var parseErrors);
        var rangeErrors = new List<string>();
        if (request.YearFrom is not null || request.YearTo is not null)
        {
            // The range may come from a "year=a..b" filter and the yearFrom/yearTo parameters together.
            var (from, to) = (request.YearFrom ?? selection.YearFrom, request.YearTo ?? selection.YearTo);
            if (from > to) rangeErrors.Add($"The year range {from}..{to} is empty: the year filter and yearFrom/yearTo disagree.");
            else selection = selection.WithYearRange(from, to);
        }
        selection = FacetValueResolver.Resolve(reader, selection, out var valueErrors);
        errors = [.. parseErrors, .. rangeErrors, .. valueErrors];
        return selection;
    }
}
