using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Latin America and the Caribbean as a place hierarchy: 29 countries, their first-level divisions (Peru's 25
/// departments as INEI names them, GeoNames elsewhere) and localities (Peru's 196 provinces; elsewhere every
/// place of 15,000+ inhabitants), with the names, aliases and demonyms that refer to them in English, Spanish
/// and Portuguese. Loaded once from embedded data files (see <c>Enrichment/Data/SOURCES.md</c>) so that places
/// can be reviewed and extended without touching code; immutable afterwards, therefore thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> DefaultInstance = new(GazetteerLoader.Load);
    private readonly Dictionary<string, GazetteerPlace> _byPath;
    private readonly Dictionary<string, string> _divisionWords;

    internal Gazetteer(IReadOnlyList<GazetteerPlace> places, IReadOnlyList<PlaceName> names, Dictionary<string, string> divisionWords)
    {
        Countries = places.Where(p => p.Level == PlaceLevel.Country).ToArray();
        Divisions = places.Where(p => p.Level == PlaceLevel.Division).ToArray();
        Localities = places.Where(p => p.Level == PlaceLevel.Locality).ToArray();
        Names = names;
        _byPath = places.ToDictionary(p => p.Path, StringComparer.Ordinal);
        _divisionWords = divisionWords;
    }

    /// <summary>The gazetteer built from the embedded data, loaded on first use.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    public IReadOnlyList<GazetteerPlace> Countries { get; }

    public IReadOnlyList<GazetteerPlace> Divisions { get; }

    public IReadOnlyList<GazetteerPlace> Localities { get; }

    internal IReadOnlyList<PlaceName> Names { get; }

    public GazetteerPlace? FindByPath(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>What the country calls its first-level divisions: "state", "department", "province", "region", "parish"…</summary>
    public string DivisionWord(string country) => _divisionWords.GetValueOrDefault(country, "");

    /// <summary>The path of <paramref name="path"/>'s parent, or null for a country.</summary>
    public static string? Parent(string path)
    {
        var cut = path.LastIndexOf(Article.RegionSeparator);
        return cut < 0 ? null : path[..cut];
    }
}
