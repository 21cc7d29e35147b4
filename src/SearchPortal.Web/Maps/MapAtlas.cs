using System.Reflection;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Search;

namespace SearchPortal.Web.Maps;

/// <summary>
/// Every map the portal can draw, parsed once from the GeoJSON files embedded from <c>Maps/Data</c> (see its
/// SOURCES.md) and projected to SVG path data, so that rendering is string assembly only. Which region facet
/// value each outline is comes from <c>Maps/Data/regions.csv</c>. Register one instance as a singleton
/// (<see cref="MapServices.AddMaps"/>); immutable after loading, therefore thread-safe.
/// </summary>
public sealed class MapAtlas
{
    private const string Resources = "SearchPortal.Web.Maps.Data.";

    /// <summary>The files, the country each one divides (null: the countries themselves), the member naming a feature, the credit.</summary>
    private static readonly (string File, string? Country, string? KeyProperty, string Credit)[] Sources =
    [
        ("latam-countries.geo.json", null, null, "Natural Earth"),
        ("peru-departments.geo.json", "Peru", "FIRST_IDDP", "juaneladio/peru-geojson (MPL-2.0)"),
    ];

    private readonly Dictionary<string, MapLevel> _countries;

    private MapAtlas(MapLevel overview, IEnumerable<MapLevel> countries)
    {
        Overview = overview;
        _countries = countries.ToDictionary(level => level.Country!, StringComparer.Ordinal);
    }

    /// <summary>Latin America and the Caribbean, one outline per country.</summary>
    public MapLevel Overview { get; }

    /// <summary>Parses and projects the embedded outlines; throws when a file or <c>regions.csv</c> is inconsistent.</summary>
    public static MapAtlas Load()
    {
        var regions = ReadRegions();
        var levels = Sources.Select(source => LoadLevel(source, regions)).ToArray();
        return new MapAtlas(levels.Single(l => l.Country is null), levels.Where(l => l.Country is not null));
    }

    /// <summary>The map of <paramref name="country"/>'s divisions, or null when there are no outlines for them.</summary>
    public MapLevel? DivisionsOf(string country) => _countries.GetValueOrDefault(country);

    /// <summary>
    /// What the map panel shows for the region filters in force: when they all lie in one country, that
    /// country's divisions (as a map where outlines exist, else as a ranked list); otherwise the overview.
    /// </summary>
    public MapView ViewFor(IEnumerable<string> selectedRegions)
    {
        var countries = selectedRegions.Select(r => r.Split(FacetSchema.PathSeparator)[0]).Distinct(StringComparer.Ordinal).ToArray();
        if (countries.Length != 1) return new MapView(MapViewKind.Overview, null, Overview);
        var level = DivisionsOf(countries[0]);
        return level is null
            ? new MapView(MapViewKind.RankedList, countries[0], null)
            : new MapView(MapViewKind.Divisions, countries[0], level);
    }

    /// <summary>
    /// The map of a search's region counts without links (an image: <c>/api/map</c>, the embed's small map): the level
    /// <see cref="ViewFor"/> picks for the search's region filters, the overview where it picks a ranked list.
    /// </summary>
    public string Image(SearchRequest request, SearchResponse response, MapText text)
    {
        var selected = request.Filters.ValuesOf(FacetSchema.Region).Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
        return MapSvg.Render(ViewFor(selected).Level ?? Overview, MapCounts.From(response.Facets), text, selected: selected);
    }

    private static MapLevel LoadLevel((string File, string? Country, string? KeyProperty, string Credit) source, Dictionary<(string, string), string> regions)
    {
        using var stream = Open(source.File);
        var features = GeoJsonReader.Read(stream, source.KeyProperty);
        var projection = MapProjection.Fit(features);
        var outlined = features
            .Select(f => projection.Project(
                regions.GetValueOrDefault((source.File, f.Key)) ?? throw new InvalidDataException($"regions.csv names no region for feature '{f.Key}' of {source.File}."),
                f))
            .OrderBy(r => r.Label, StringComparer.InvariantCulture)
            .ToArray();
        return new MapLevel(source.Country, projection.Height, outlined, source.Credit);
    }

    private static Dictionary<(string File, string Feature), string> ReadRegions()
    {
        using var reader = new StreamReader(Open("regions.csv"));
        var regions = new Dictionary<(string, string), string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("file;", StringComparison.Ordinal)) continue;
            var cells = line.Split(';');
            if (cells.Length != 3) throw new InvalidDataException($"regions.csv: '{line}' is not file;feature;region.");
            regions.Add((cells[0], cells[1]), cells[2]);
        }
        return regions;
    }

    private static Stream Open(string file) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(Resources + file)
        ?? throw new InvalidOperationException($"The embedded map file {file} is missing.");
}
