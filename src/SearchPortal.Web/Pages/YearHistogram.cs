using System.Globalization;
using SearchPortal.Core.Facets;

namespace SearchPortal.Web.Pages;

/// <summary>
/// The geometry of the year histogram: one column per year of the span (empty years at zero, so the axis is a time
/// line), bar heights on a log scale so one busy year does not flatten the others, and columns at least
/// <see cref="MinColumn"/> units wide (a wider chart scrolls sideways), each column clickable over its full height.
/// Immutable.
/// </summary>
public sealed class YearHistogram
{
    public const int Height = 64;

    /// <summary>Width of the chart when its columns fit: the sidebar's.</summary>
    public const int BaseWidth = 240;

    /// <summary>Narrowest column (bar and gap), in chart units, about as many pixels in the sidebar.</summary>
    public const int MinColumn = 12;

    private const int Gap = 2;

    /// <summary>A span longer than this lists the counted years only.</summary>
    private const int MaxSpan = 60;

    public YearHistogram(IEnumerable<FacetValue> values)
    {
        var counted = values.Where(v => int.TryParse(v.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .ToDictionary(v => int.Parse(v.Value, CultureInfo.InvariantCulture));
        Years = counted.Count == 0 || counted.Keys.Max() - counted.Keys.Min() > MaxSpan
            ? counted.OrderBy(p => p.Key).Select(p => p.Value).ToList()
            : Enumerable.Range(counted.Keys.Min(), counted.Keys.Max() - counted.Keys.Min() + 1)
                .Select(y => counted.GetValueOrDefault(y) ?? new FacetValue(y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture), 0, []))
                .ToList();
        Width = Math.Max(BaseWidth, Years.Count * MinColumn);
        Column = Years.Count == 0 ? 0 : Width / (double)Years.Count;
        Max = Years.Count == 0 ? 0 : Years.Max(v => v.Count);
    }

    public IReadOnlyList<FacetValue> Years { get; }

    public int Width { get; }

    /// <summary>True when the columns do not fit the sidebar and the chart scrolls.</summary>
    public bool Scrolls => Width > BaseWidth;

    public double Column { get; }

    public int Max { get; }

    public double X(int index) => index * Column;

    public double BarWidth => Math.Max(1, Column - Gap);

    /// <summary>Bar height: log(1 + count) over log(1 + the largest count); at least 3 for a year with articles, 1 for none.</summary>
    public int BarHeight(int count) => count == 0 || Max == 0
        ? 1
        : Math.Max(3, (int)Math.Round(Height * Math.Log(1 + count) / Math.Log(1 + Max)));
}
