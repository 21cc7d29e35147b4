namespace SearchPortal.Core.Facets;

/// <summary>
/// Which values of a tagged dimension (region, crime type, group) a search filters and counts: what articles are
/// <see cref="About"/> (their focus, the default), or every value they <see cref="Mentions"/>, focus included.
/// Dimensions without mentions (year, outlet, language) read the same values either way.
/// </summary>
public enum FacetMatch
{
    About,
    Mentions,
}
