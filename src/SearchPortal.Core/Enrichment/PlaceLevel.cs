namespace SearchPortal.Core.Enrichment;

/// <summary>The level of a place in the region hierarchy Country/Department/Province.</summary>
public enum PlaceLevel
{
    Country,
    Department,
    Province,
}
