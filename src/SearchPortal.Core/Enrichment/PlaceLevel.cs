namespace SearchPortal.Core.Enrichment;

/// <summary>The level of a place in the region hierarchy Country / first-level division / locality.</summary>
public enum PlaceLevel
{
    Country,

    /// <summary>A first-level division: a state, department, province, region or parish, as the country calls it.</summary>
    Division,

    /// <summary>A city or town within a division; in Peru, a province (INEI), which its towns resolve to.</summary>
    Locality,
}
