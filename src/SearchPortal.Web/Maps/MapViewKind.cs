namespace SearchPortal.Web.Maps;

/// <summary>What the map panel shows.</summary>
public enum MapViewKind
{
    /// <summary>The map of Latin America's countries.</summary>
    Overview,

    /// <summary>The map of one country's first-level divisions.</summary>
    Divisions,

    /// <summary>One country's divisions as a list ranked by count: there are no outlines for them.</summary>
    RankedList,
}
