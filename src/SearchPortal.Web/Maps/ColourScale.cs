namespace SearchPortal.Web.Maps;

/// <summary>
/// Sequential colour classes for counts from 1 to the largest count on a map, on a log scale: class k starts
/// near max^((k−1)/5), rounded to one significant digit, so one country with thousands of articles leaves the
/// others with tens spread over the lower classes instead of all in the lightest. A log scale rather than
/// quantiles keeps a count's class independent of how many regions happen to share it. Zero has its own grey
/// class. With a largest count under 5 each count is a class. Immutable.
/// </summary>
internal sealed class ColourScale
{
    public const int Shades = 5;

    /// <summary>Zero (grey), then light amber to dark red: distinct from each other and from zero in greyscale too.</summary>
    public static readonly string[] Fills = ["#e3e6ea", "#fbe3b8", "#f6b871", "#ec8a3f", "#cc5229", "#8c2a1a"];

    private ColourScale(IReadOnlyList<ColourClass> classes) => Classes = classes;

    /// <summary>The classes for counts of 1 and more, lightest first; none when every count is zero.</summary>
    public IReadOnlyList<ColourClass> Classes { get; }

    public static ColourClass Zero { get; } = new(0, 0, 0);

    public static ColourScale For(int max)
    {
        var starts = new List<int>();
        for (var k = 0; k < Shades && max > 0; k++)
        {
            var start = Math.Max(Nice(Math.Pow(max, k / (double)Shades)), starts.Count == 0 ? 1 : starts[^1] + 1);
            if (start > max) break;
            starts.Add(start);
        }
        var classes = starts.Select((start, i) => new ColourClass(
            start,
            i + 1 < starts.Count ? starts[i + 1] - 1 : max,
            starts.Count == 1 ? Shades : 1 + (int)Math.Round(i * (Shades - 1) / (double)(starts.Count - 1))));
        return new ColourScale(classes.ToArray());
    }

    public ColourClass ClassOf(int count)
    {
        if (count <= 0) return Zero;
        for (var i = Classes.Count - 1; i >= 0; i--)
        {
            if (count >= Classes[i].From) return Classes[i];
        }
        return Classes[0];
    }

    /// <summary>Rounded to a whole number under 10, else to one significant digit (16 → 20, 251 → 300).</summary>
    private static int Nice(double value)
    {
        if (value < 10) return (int)Math.Round(value);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        return (int)(Math.Round(value / magnitude) * magnitude);
    }
}
