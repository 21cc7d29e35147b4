using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Latin American countries and Peru's 25 departments and 196 provinces (INEI 2025), with the aliases
/// and demonyms that refer to them. Loaded once from embedded data files so that the place list can be
/// reviewed and extended without touching code; immutable afterwards, therefore thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> DefaultInstance = new(GazetteerLoader.Load);
    private readonly Dictionary<string, GazetteerPlace> _byPath;

    internal Gazetteer(IReadOnlyList<GazetteerPlace> places, IReadOnlyList<PlaceName> names)
    {
        Countries = places.Where(p => p.Level == PlaceLevel.Country).ToArray();
        Departments = places.Where(p => p.Level == PlaceLevel.Department).ToArray();
        Provinces = places.Where(p => p.Level == PlaceLevel.Province).ToArray();
        Names = names;
        _byPath = places.ToDictionary(p => p.Path, StringComparer.Ordinal);
    }

    /// <summary>The gazetteer built from the embedded data, loaded on first use.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    public IReadOnlyList<GazetteerPlace> Countries { get; }

    public IReadOnlyList<GazetteerPlace> Departments { get; }

    public IReadOnlyList<GazetteerPlace> Provinces { get; }

    internal IReadOnlyList<PlaceName> Names { get; }

    public GazetteerPlace? FindByPath(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>The path of <paramref name="path"/>'s parent, or null for a country.</summary>
    public static string? Parent(string path)
    {
        var cut = path.LastIndexOf(FacetSchema.PathSeparator);
        return cut < 0 ? null : path[..cut];
    }
}
