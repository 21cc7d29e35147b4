using System.Globalization;

namespace SearchPortal.Core.Facets;

/// <summary>
/// An inclusive range of publication years with at least one end; the other may be open. A document passes it when
/// it has a year inside. Immutable.
/// </summary>
public sealed record YearRange
{
    public YearRange(int? from, int? to)
    {
        if (from is null && to is null) throw new ArgumentException("A year range needs a first or a last year.", nameof(from));
        if (from > to) throw new ArgumentOutOfRangeException(nameof(from), $"Year range {from}..{to} is empty.");
        From = from;
        To = to;
    }

    public int? From { get; }

    public int? To { get; }

    public bool Contains(int year) => year >= (From ?? int.MinValue) && year <= (To ?? int.MaxValue);

    /// <summary>"2010..2015", "2010..", "..2015": the form the year filter reads.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From}{FacetSchema.RangeMark}{To}");
}
