using Lucene.Net.Index;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// The facet selection a request searches: its filters confined to its scope (when it has one), then resolved against
/// the index's values, collecting every unknown value as a reason. Every operation that takes a request goes through
/// it. Stateless and thread-safe.
/// </summary>
public static class SearchFilters
{
    /// <summary>The resolved selection; client values the scope drops add a notice to <paramref name="notices"/> when given.</summary>
    public static FacetSelection Resolve(IndexReader reader, SearchRequest request, ICollection<UserMessage>? notices, out IReadOnlyList<UserMessage> errors)
    {
        var selection = request.Scope is { } scope ? scope.Apply(request.Filters, notices ?? []) : request.Filters;
        return FacetValueResolver.Resolve(reader, selection, out errors);
    }
}
