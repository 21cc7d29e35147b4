using System.Globalization;

namespace SearchPortal.Core.Facets;

/// <summary>
/// The facet filters of one search: selected values per dimension, ORed within a dimension and
/// ANDed across dimensions, plus an optional inclusive year range. Immutable, therefore thread-safe;
/// every <c>With…</c> method returns a new selection.
/// </summary>
/// <remarks>
/// The year range belongs to the year dimension: a document passes that dimension when its year is
/// in the range and, if years are also ticked, is one of them. Values are kept as given (cleaned);
/// <see cref="FacetValueResolver"/> maps what users type onto the values the index holds.
/// </remarks>
public sealed class FacetSelection
{
    private readonly IReadOnlyDictionary<FacetDimension, IReadOnlyList<string>> values;

    private FacetSelection(IReadOnlyDictionary<FacetDimension, IReadOnlyList<string>> values, int? yearFrom, int? yearTo)
    {
        this.values = values;
        YearFrom = yearFrom;
        YearTo = yearTo;
    }

    public static FacetSelection Empty { get; } = new(new Dictionary<FacetDimension, IReadOnlyList<string>>(), null, null);

    public int? YearFrom { get; }

    public int? YearTo { get; }

    public bool HasYearRange => YearFrom is not null || YearTo is not null;

    public bool IsEmpty => values.Count == 0 && !HasYearRange;

    /// <summary>The selected values of a dimension, in the order they were added; empty when none.</summary>
    public IReadOnlyList<string> ValuesOf(FacetDimension dimension) =>
        values.TryGetValue(dimension, out var selected) ? selected : [];

    /// <summary>True when the dimension filters documents: it has values, or it is the year and a range is set.</summary>
    public bool Restricts(FacetDimension dimension) =>
        values.ContainsKey(dimension) || (dimension == FacetSchema.Year && HasYearRange);

    /// <summary>Adds one value to a dimension (a no-op when it is already selected or blank).</summary>
    public FacetSelection With(FacetDimension dimension, string value) =>
        WithValues(dimension, ValuesOf(dimension).Append(value));

    /// <summary>Replaces the values of a dimension; an empty list clears it.</summary>
    public FacetSelection WithValues(FacetDimension dimension, IEnumerable<string> newValues)
    {
        var cleaned = newValues
            .Select(v => dimension.Hierarchical ? FacetText.PathLevels(v).LastOrDefault() ?? "" : FacetText.Clean(v))
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var copy = new Dictionary<FacetDimension, IReadOnlyList<string>>(values);
        if (cleaned.Length == 0) copy.Remove(dimension);
        else copy[dimension] = cleaned;
        return new FacetSelection(copy, YearFrom, YearTo);
    }

    /// <summary>Sets the inclusive year range; either end may be null (open).</summary>
    public FacetSelection WithYearRange(int? from, int? to)
    {
        if (from > to) throw new ArgumentOutOfRangeException(nameof(from), $"Year range {from}..{to} is empty.");
        return new FacetSelection(values, from, to);
    }

    /// <summary>
    /// Parses CLI/URL filters such as "region=Peru/Loreto", "Year=2013" or "year=2010..2015"
    /// (either end may be omitted). Bad filters are reported in <paramref name="errors"/> and skipped.
    /// </summary>
    public static FacetSelection Parse(IEnumerable<string> filters, out IReadOnlyList<string> errors) =>
        FacetSelectionParser.Parse(filters, out errors);

    /// <summary>The selection as filters that <see cref="Parse"/> reads back, in schema order.</summary>
    public IEnumerable<string> ToFilters()
    {
        foreach (var dimension in FacetSchema.All)
        {
            foreach (var value in ValuesOf(dimension)) yield return $"{dimension.Name}={value}";
            if (dimension == FacetSchema.Year && HasYearRange)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{dimension.Name}={YearFrom}..{YearTo}");
            }
        }
    }

    public override string ToString() => string.Join(' ', ToFilters());
}
