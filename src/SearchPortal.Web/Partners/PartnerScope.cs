using SearchPortal.Core.Facets;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Web.Partners;

/// <summary>
/// Confines a search to a partner's fixed filters, whatever the client sent. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// The searcher ORs the values of one dimension, so simply appending the partner's values to the
/// client's would widen the scope. The rule instead: in a dimension the partner fixes, a client value
/// survives only when it lies inside one of the partner's values (<see cref="ScopeFilter.Contains"/>) and
/// then replaces the partner's values in that dimension, narrowing the scope; any other client value there
/// is dropped with a notice, and without surviving client values the partner's values apply. Dimensions the
/// partner does not fix keep the client's filters, and year ranges always pass because the searcher ANDs them
/// with year values. Filters the searcher cannot read pass unchanged: it refuses them and finds nothing.
/// </remarks>
public static class PartnerScope
{
    public static SearchRequest Apply(SearchRequest request, Partner partner, out IReadOnlyList<string> notices)
    {
        var scope = partner.Filters.Select(ScopeFilter.Parse).OfType<ScopeFilter>().ToList();
        var narrowed = new HashSet<FacetDimension>();
        var filters = new List<string>();
        var dropped = new List<string>();
        foreach (var text in request.Filters)
        {
            var filter = ScopeFilter.Parse(text);
            if (filter is null || filter.IsYearRange || scope.All(s => s.Dimension != filter.Dimension))
            {
                filters.Add(text);
            }
            else if (scope.Any(s => s.Contains(filter)))
            {
                filters.Add(text);
                narrowed.Add(filter.Dimension);
            }
            else
            {
                dropped.Add($"The filter '{text}' is outside the scope of {partner.Name} ({string.Join(", ", partner.Filters)}) and was ignored.");
            }
        }
        filters.AddRange(scope.Where(s => !narrowed.Contains(s.Dimension)).Select(s => s.Text));
        notices = dropped;
        return request with { Filters = filters };
    }

    /// <summary>Searches within the partner's scope (unscoped when <paramref name="partner"/> is null); dropped filters become notices.</summary>
    public static SearchResponse SearchWithin(this ArticleSearcher searcher, IndexSnapshot snapshot, SearchRequest request, Partner? partner)
    {
        if (partner is null) return searcher.Search(snapshot, request);
        var response = searcher.Search(snapshot, Apply(request, partner, out var notices));
        return notices.Count == 0 ? response : response with { Notices = [.. notices, .. response.Notices] };
    }
}
