namespace SearchPortal.Core.Facets;

/// <summary>
/// A dimension's part of a <see cref="FacetSelection"/>, compiled to the global ordinals it accepts.
/// Built per search; read-only afterwards.
/// </summary>
internal sealed class DimensionFilter
{
    private readonly bool[] acceptedGlobal;

    private DimensionFilter(bool[] acceptedGlobal) => this.acceptedGlobal = acceptedGlobal;

    /// <summary>The filter of a restricted dimension; null when the selection leaves it open.</summary>
    public static DimensionFilter? Compile(FacetDimensionTable table, FacetSelection selection)
    {
        var dimension = table.Dimension;
        if (!selection.Restricts(dimension)) return null;
        var accepted = new bool[table.Count];
        var explicitValues = selection.ValuesOf(dimension);
        if (explicitValues.Count == 0)
        {
            Array.Fill(accepted, true);
        }
        foreach (var value in explicitValues)
        {
            var ord = table.OrdOf(value.Value);
            if (ord >= 0) accepted[ord] = true;
        }
        if (table.Canonical is { } canonical)
        {
            // A selected spelling selects its whole group.
            var groups = new bool[accepted.Length];
            for (var ord = 0; ord < accepted.Length; ord++) groups[canonical[ord]] |= accepted[ord];
            for (var ord = 0; ord < accepted.Length; ord++) accepted[ord] |= groups[canonical[ord]];
        }
        if (dimension == FacetSchema.Year && selection.Years is { } years)
        {
            for (var ord = 0; ord < accepted.Length; ord++)
            {
                accepted[ord] &= table.Years[ord] is { } year && years.Contains(year);
            }
        }
        return new DimensionFilter(accepted);
    }

    /// <summary>
    /// The accepted set in one segment's slots (segment ordinal + 1, see <see cref="OrdinalColumn"/>), so the
    /// per-document check needs no mapping; slot 0, "no value", is never accepted.
    /// </summary>
    public bool[] ForSegment(int[]? segmentToGlobal)
    {
        var accepted = new bool[(segmentToGlobal?.Length ?? 0) + 1];
        for (var slot = 1; slot < accepted.Length; slot++) accepted[slot] = acceptedGlobal[segmentToGlobal![slot - 1]];
        return accepted;
    }
}
