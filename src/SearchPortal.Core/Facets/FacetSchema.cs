namespace SearchPortal.Core.Facets;

/// <summary>
/// The facet dimensions, shared by the indexer and the searcher so both agree on names.
/// Static and immutable, therefore thread-safe.
/// </summary>
public static class FacetSchema
{
    public static readonly FacetDimension Region = new("region", Hierarchical: true);
    public static readonly FacetDimension Year = new("year", Hierarchical: false);
    public static readonly FacetDimension Crime = new("crime", Hierarchical: false);
    public static readonly FacetDimension Outlet = new("outlet", Hierarchical: false);
    public static readonly FacetDimension Language = new("language", Hierarchical: false);

    public static IReadOnlyList<FacetDimension> All { get; } = [Region, Year, Crime, Outlet, Language];

    /// <summary>Separator between the levels of a hierarchical value: "Peru/Madre de Dios/Tambopata".</summary>
    public const char PathSeparator = '/';

    public static FacetDimension? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
