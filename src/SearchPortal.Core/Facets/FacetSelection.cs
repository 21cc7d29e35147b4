namespace SearchPortal.Core.Facets;

/// <summary>
/// The facet filters of one search, typed: selected values (<see cref="FacetPath"/>) per dimension, ORed within a
/// dimension and ANDed across dimensions, plus an optional <see cref="YearRange"/>, and the <see cref="FacetMatch"/>
/// that says whether tagged dimensions are filtered and counted by focus or by mentions. The edges (HTTP binder, CLI,
/// configuration) build it once from what they read; Core never parses "dim=value" text. Immutable, therefore
/// thread-safe; every <c>With…</c> method returns a new selection.
/// </summary>
/// <remarks>
/// The year range belongs to the year dimension: a document passes that dimension when its year is in the range
/// and, if years are also ticked, is one of them. Values are kept as given (cleaned); <see cref="FacetValueResolver"/>
/// maps what users type onto the values the index holds.
/// </remarks>
public sealed class FacetSelection
{
    private readonly IReadOnlyDictionary<FacetDimension, IReadOnlyList<FacetPath>> values;

    private FacetSelection(IReadOnlyDictionary<FacetDimension, IReadOnlyList<FacetPath>> values, YearRange? years, FacetMatch match)
    {
        this.values = values;
        Years = years;
        Match = match;
    }

    public static FacetSelection Empty { get; } = new(new Dictionary<FacetDimension, IReadOnlyList<FacetPath>>(), null, FacetMatch.About);

    public YearRange? Years { get; }

    /// <summary>
    /// Whether the values of dimensions with mentions (<see cref="FacetDimension.HasMentions"/>) are what articles are
    /// about (the default) or everything they mention, for filtering and counting alike. Not a filter: it counts in
    /// neither <see cref="IsEmpty"/> nor <see cref="Count"/>.
    /// </summary>
    public FacetMatch Match { get; }

    public bool IsEmpty => values.Count == 0 && Years is null;

    /// <summary>The number of filters: selected values, and the year range as one.</summary>
    public int Count => values.Values.Sum(v => v.Count) + (Years is null ? 0 : 1);

    /// <summary>The selected values of a dimension, in the order they were added; empty when none.</summary>
    public IReadOnlyList<FacetPath> ValuesOf(FacetDimension dimension) =>
        values.TryGetValue(dimension, out var selected) ? selected : [];

    /// <summary>True when the dimension filters documents: it has values, or it is the year and a range is set.</summary>
    public bool Restricts(FacetDimension dimension) =>
        values.ContainsKey(dimension) || (dimension == FacetSchema.Year && Years is not null);

    /// <summary>Adds one value to a dimension (a no-op when it is already selected).</summary>
    public FacetSelection With(FacetDimension dimension, FacetPath value) => WithValues(dimension, ValuesOf(dimension).Append(value));

    /// <summary>Adds the value <paramref name="text"/> writes (<see cref="FacetPath.Parse"/>); a no-op when it is blank.</summary>
    public FacetSelection With(FacetDimension dimension, string text) =>
        FacetPath.Parse(dimension, text) is { } value ? With(dimension, value) : this;

    /// <summary>Replaces the values of a dimension; an empty list clears it.</summary>
    public FacetSelection WithValues(FacetDimension dimension, IEnumerable<FacetPath> newValues)
    {
        var distinct = newValues.Distinct().ToArray();
        var copy = new Dictionary<FacetDimension, IReadOnlyList<FacetPath>>(values);
        if (distinct.Length == 0) copy.Remove(dimension);
        else copy[dimension] = distinct;
        return new FacetSelection(copy, Years, Match);
    }

    /// <summary>Sets (or with null clears) the year range.</summary>
    public FacetSelection WithYears(YearRange? years) => new(values, years, Match);

    /// <summary>Sets what tagged dimensions filter and count by.</summary>
    public FacetSelection WithMatch(FacetMatch match) => new(values, Years, match);

    /// <summary>
    /// Reads CLI and configuration filters such as "region=Peru/Loreto", "Year=2013" or "year=2010..2015" (either end
    /// may be omitted). Bad filters are reported in <paramref name="errors"/> and skipped.
    /// </summary>
    public static FacetSelection Parse(IEnumerable<string> filters, out IReadOnlyList<string> errors) =>
        FacetSelectionParser.Parse(filters, out errors);

    /// <summary>Every filter as a dimension and the value's text, in schema order, the year range ("2010..2015") last.</summary>
    public IEnumerable<(FacetDimension Dimension, string Value)> Filters()
    {
        foreach (var dimension in FacetSchema.All)
        {
            foreach (var value in ValuesOf(dimension)) yield return (dimension, value.Value);
        }
        if (Years is { } years) yield return (FacetSchema.Year, years.ToString());
    }

    /// <summary>The filters as "dim=value" text, as <see cref="Parse"/> reads them back: for display and provenance.</summary>
    public IEnumerable<string> ToFilters() => Filters().Select(f => $"{f.Dimension.Name}={f.Value}");

    public override string ToString() => string.Join(' ', ToFilters());
}
