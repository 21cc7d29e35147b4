namespace SearchPortal.Core.Enrichment;

/// <summary>
/// The tags of one dimension: what the article is about (<see cref="About"/>) and everything it mentions
/// (<see cref="Mentioned"/>, a superset: for regions every focus path lies within a mentioned one). Sorted ordinally. Immutable.
/// </summary>
internal sealed record DimensionTags(IReadOnlyList<string> About, IReadOnlyList<string> Mentioned)
{
    public static DimensionTags Empty { get; } = new([], []);
}
