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
        if (request.YearFrom is not null || request.YearTo is not null)
        {
            selection = selection.WithYearRange(request.YearFrom ?? selection.YearFrom, request.YearTo ?? selection.YearTo);
        }
        selection = FacetValueResolver.Resolve(reader, selection, out var valueErrors);
        errors = [.. parseErrors, .. valueErrors];
        return selection;
    }
}
