using SearchPortal.Core.Analysis;
using SearchPortal.Core.Facets;

namespace SearchPortal.Web.Partners;

/// <summary>
/// A "dimension=value" filter read the way the searcher reads it (dimension name trimmed and
/// case-insensitive), with a comparison key free of case and accents. Immutable.
/// </summary>
public sealed record ScopeFilter(FacetDimension Dimension, string Value, string Text)
{
    /// <summary>True for "year=2010..2015"-style ranges, which the searcher ANDs with year values.</summary>
    public bool IsYearRange => Dimension == FacetSchema.Year && Value.Contains(FacetSchema.RangeMark, StringComparison.Ordinal);

    /// <summary>The filter, or null when it is not "dimension=value" with a known dimension and a value.</summary>
    public static ScopeFilter? Parse(string filter)
    {
        var equals = filter.IndexOf('=');
        if (equals <= 0) return null;
        var dimension = FacetSchema.Find(filter[..equals].Trim());
        var value = filter[(equals + 1)..].Trim();
        return dimension is null || value.Length == 0 ? null : new ScopeFilter(dimension, value, filter);
    }

    /// <summary>
    /// True when every document matching <paramref name="other"/> also matches this filter: the same value,
    /// or for a hierarchical dimension a path at or below this one ("Peru/Loreto/Maynas" is inside
    /// "Peru/Loreto"; "Peru/Loreto Norte" and a bare "Maynas" are not). Case and accents are ignored, as the
    /// searcher ignores them when it resolves typed values.
    /// </summary>
    public bool Contains(ScopeFilter other)
    {
        if (other.Dimension != Dimension || other.IsYearRange || IsYearRange) return false;
        var mine = Segments();
        var theirs = other.Segments();
        return Dimension.Hierarchical
            ? theirs.Length >= mine.Length && mine.SequenceEqual(theirs.Take(mine.Length))
            : mine.SequenceEqual(theirs);
    }

    private string[] Segments() => Dimension.Hierarchical
        ? Value.Split(FacetSchema.PathSeparator).Select(s => Folding.Fold(s.Trim())).Where(s => s.Length > 0).ToArray()
        : [Folding.Fold(Value)];
}
