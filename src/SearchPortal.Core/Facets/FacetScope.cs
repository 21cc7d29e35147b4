using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Fixed filters a search must stay inside whatever its client selects, such as a partner site's region: a name for
/// notices and the filters (single values, no year range). Immutable, therefore thread-safe.
/// </summary>
/// <remarks>
/// Values of one dimension are ORed, so simply adding the scope's values to the client's would widen the search.
/// The rule instead: in a dimension the scope fixes, a client value survives only when it lies inside one of the
/// scope's values (<see cref="FacetPath.Contains"/>) and then replaces the scope's values in that dimension,
/// narrowing the search; any other client value there is dropped with a notice, and without surviving client values
/// the scope's values apply. Dimensions the scope does not fix keep the client's values, and the client's year range
/// always passes, since it is ANDed with year values. A scope that fixes a tagged dimension (region, crime type,
/// group) is about its values: a client's <see cref="FacetMatch.Mentions"/> would widen it to articles that merely
/// mention them, so such a search stays on <see cref="FacetMatch.About"/>, with a notice.
/// </remarks>
public sealed class FacetScope
{
    public FacetScope(string name, FacetSelection filters)
    {
        if (filters.Years is not null) throw new ArgumentException("A scope lists single years, not a year range.", nameof(filters));
        Name = name;
        Filters = filters;
    }

    public string Name { get; }

    public FacetSelection Filters { get; }

    /// <summary>The client's <paramref name="selection"/> confined to the scope; each dropped client value adds a notice.</summary>
    public FacetSelection Apply(FacetSelection selection, ICollection<UserMessage> notices)
    {
        var scoped = selection;
        if (selection.Match != FacetMatch.About && FacetSchema.All.Any(d => d.HasMentions && Filters.ValuesOf(d).Count > 0))
        {
            notices.Add(UserMessage.Of(MessageKeys.ScopeAboutOnly, Name, string.Join(", ", Filters.ToFilters())));
            scoped = scoped.WithMatch(FacetMatch.About);
        }
        foreach (var dimension in FacetSchema.All)
        {
            var fixedValues = Filters.ValuesOf(dimension);
            if (fixedValues.Count == 0) continue;
            var inside = new List<FacetPath>();
            foreach (var value in selection.ValuesOf(dimension))
            {
                if (fixedValues.Any(f => f.Contains(value))) inside.Add(value);
                else notices.Add(UserMessage.Of(MessageKeys.ScopeIgnored, $"{dimension.Name}={value}", Name, string.Join(", ", Filters.ToFilters())));
            }
            scoped = scoped.WithValues(dimension, inside.Count > 0 ? inside : fixedValues);
        }
        return scoped;
    }
}
