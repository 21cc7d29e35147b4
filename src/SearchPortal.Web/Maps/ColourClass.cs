namespace SearchPortal.Web.Maps;

/// <summary>
/// One class of a <see cref="ColourScale"/>: the counts <see cref="From"/>–<see cref="To"/> (inclusive) and the
/// shade that paints them, 1 (lightest) to <see cref="ColourScale.Shades"/> (darkest); shade 0 is zero.
/// </summary>
internal readonly record struct ColourClass(int From, int To, int Shade)
{
    public string Fill => ColourScale.Fills[Shade];
}
