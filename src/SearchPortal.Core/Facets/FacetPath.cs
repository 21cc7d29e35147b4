using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Facets;

/// <summary>
/// A facet value as the levels of its path from the root: "Peru/Madre de Dios/Tambopata" in the region tree, one level
/// in a flat dimension ("2014", "Illegal mining", an outlet name with a '/' in it). Levels are trimmed and composed
/// (NFC) so that "Perú" typed with a combining accent is one value; equality is ordinal on <see cref="Value"/>.
/// Immutable.
/// </summary>
public sealed class FacetPath : IEquatable<FacetPath>
{
    private readonly string[] _levels;
    private string[]? _folded;

    private FacetPath(string[] levels)
    {
        _levels = levels;
        Value = string.Join(FacetSchema.PathSeparator, levels);
    }

    public IReadOnlyList<string> Levels => _levels;

    /// <summary>The value as the index stores it and filters and facet counts name it: the levels joined by '/'.</summary>
    public string Value { get; }

    /// <summary>
    /// The value of <paramref name="dimension"/> that <paramref name="text"/> writes: split into levels when the
    /// dimension is hierarchical ("Peru/ Loreto /Maynas"; empty levels dropped), else one level; null when blank.
    /// </summary>
    public static FacetPath? Parse(FacetDimension dimension, string text)
    {
        string[] levels = dimension.Hierarchical
            ? [.. text.Split(FacetSchema.PathSeparator).Select(Clean).Where(l => l.Length > 0)]
            : [Clean(text)];
        return levels.Length == 0 || levels[0].Length == 0 ? null : new FacetPath(levels);
    }

    /// <summary>The path and its ancestors, from the root: "Peru", "Peru/Loreto", "Peru/Loreto/Maynas".</summary>
    public IEnumerable<FacetPath> Prefixes() =>
        Enumerable.Range(1, _levels.Length).Select(depth => depth == _levels.Length ? this : new FacetPath(_levels[..depth]));

    /// <summary>
    /// True when every document with <paramref name="other"/> also has this value: the same value, or a path at or below
    /// this one ("Peru/Loreto/Maynas" is inside "Peru/Loreto"; "Peru/Loreto Norte" and a bare "Maynas" are not).
    /// Case and accents are ignored (<see cref="Folding"/>), as the searcher ignores them when it resolves typed values.
    /// </summary>
    public bool Contains(FacetPath other)
    {
        var mine = Folded();
        var theirs = other.Folded();
        return theirs.Length >= mine.Length && mine.SequenceEqual(theirs.Take(mine.Length));
    }

    public bool Equals(FacetPath? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as FacetPath);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;

    private string[] Folded() => _folded ??= [.. _levels.Select(Folding.Fold)];

    private static string Clean(string level) => Folding.Compose(level.Trim());
}
