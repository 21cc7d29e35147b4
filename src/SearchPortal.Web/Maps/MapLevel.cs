using SearchPortal.Core.Facets;

namespace SearchPortal.Web.Maps;

/// <summary>
/// One map the portal can draw: the overview of Latin America's countries (<see cref="Country"/> null) or one
/// country's first-level divisions, with its outlines already projected into a viewBox
/// <see cref="MapProjection.Width"/> units wide and <see cref="Height"/> tall, and the credit its licence asks
/// for. Built once by <see cref="MapAtlas"/>; immutable, therefore thread-safe.
/// </summary>
public sealed class MapLevel
{
    private readonly HashSet<string> _paths;

    internal MapLevel(string? country, double height, IReadOnlyList<MapRegion> regions, string credit)
    {
        Country = country;
        Height = height;
        Regions = regions;
        Credit = credit;
        _paths = regions.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The country whose divisions this level shows, or null for the overview of countries.</summary>
    public string? Country { get; }

    /// <summary>The height of the outlines in user units (the SVG adds its legend below).</summary>
    public double Height { get; }

    /// <summary>The outlined regions, ordered by label.</summary>
    public IReadOnlyList<MapRegion> Regions { get; }

    /// <summary>Who made the outlines, shown on the map: "Natural Earth", "juaneladio/peru-geojson (MPL-2.0)".</summary>
    public string Credit { get; }

    /// <summary>Whether the level has an outline for the region facet value.</summary>
    public bool HasOutline(string path) => _paths.Contains(path);

    /// <summary>
    /// Whether a region facet value belongs on this level: a country on the overview, a first-level division of
    /// <see cref="Country"/> on a country's map. Values of other levels are ignored when counting.
    /// </summary>
    public bool Includes(string path) => Country is null ? !path.Contains(FacetSchema.PathSeparator) : IsDivision(path, Country);

    /// <summary>Whether <paramref name="path"/> is a first-level division of <paramref name="country"/> ("Peru/Lima", not "Peru/Lima/Lima").</summary>
    internal static bool IsDivision(string path, string country) =>
        path.Length > country.Length + 1 && path.StartsWith(country, StringComparison.Ordinal)
        && path[country.Length] == FacetSchema.PathSeparator && path.IndexOf(FacetSchema.PathSeparator, country.Length + 1) < 0;
}
