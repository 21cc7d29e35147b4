using System.Globalization;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Enrichment;

/// <summary>Builds the <see cref="Gazetteer"/> from the embedded data files. Stateless.</summary>
internal static class GazetteerLoader
{
    private const string Data = "Enrichment/Data/";
    private const char Separator = Article.RegionSeparator;

    public static Gazetteer Load()
    {
        var builder = new Builder();
        LoadCountries(builder);
        LoadPeru(builder);
        LatamLoader.Load(builder);
        LoadAliases(builder);
        LoadAbroad(builder);
        RiskyNames.Apply(builder.Names, EmbeddedData.ReadRows(Data + "region-context-required.txt", ';', hasHeader: false));
        return new Gazetteer(builder.Places, builder.Names, builder.DivisionWords);
    }

    private static void LoadCountries(Builder builder)
    {
        foreach (var row in EmbeddedData.ReadRows(Data + "countries.csv", ';', hasHeader: true))
        {
            var (code, path) = (row[0], row[1]);
            var country = builder.Add(new GazetteerPlace(path, path, PlaceLevel.Country));
            builder.CountryCodes[code] = path;
            builder.DivisionWords[path] = row[4];
            foreach (var name in SplitList(row[2])) builder.Names.Add(new PlaceName(name, PlaceNameKind.Place, [country], PlaceRisk.None, 0));
            foreach (var name in SplitList(row[3])) builder.Names.Add(new PlaceName(name, PlaceNameKind.Demonym, [country], PlaceRisk.None, 0));
        }
    }

    /// <summary>Peru's departments and provinces as INEI names them; a department's population is the sum of its provinces'.</summary>
    private static void LoadPeru(Builder builder)
    {
        var rows = EmbeddedData.ReadRows(Data + "peru-provinces.csv", ';', hasHeader: true).ToArray();
        var peru = builder.CountryCodes["PE"];
        foreach (var department in rows.GroupBy(r => r[1]))
        {
            var population = department.Sum(r => long.Parse(r[3], CultureInfo.InvariantCulture));
            var place = builder.Add(new GazetteerPlace(department.Key, peru + Separator + department.Key, PlaceLevel.Division) { Population = population });
            builder.Names.Add(new PlaceName(department.Key, PlaceNameKind.Place, [place], PlaceRisk.None, population));
        }
        foreach (var row in rows)
        {
            var population = long.Parse(row[3], CultureInfo.InvariantCulture);
            var path = peru + Separator + row[1] + Separator + row[2];
            var province = builder.Add(new GazetteerPlace(row[2], path, PlaceLevel.Locality) { Population = population });
            builder.PeruProvinces["PE." + row[0]] = province;
            builder.Names.Add(new PlaceName(row[2], PlaceNameKind.Place, [province], PlaceRisk.None, population));
        }
    }

    private static void LoadAliases(Builder builder)
    {
        foreach (var row in EmbeddedData.ReadRows(Data + "region-aliases.csv", ';', hasHeader: true))
        {
            var places = SplitList(row[1]).Select(path => builder.FindByPath(path)
                ?? throw new InvalidDataException($"Alias '{row[0]}' points to unknown path '{path}'.")).ToArray();
            var kind = places.Length == 0 ? PlaceNameKind.Blocker : PlaceNameKind.Alias;
            builder.Names.Add(new PlaceName(row[0], kind, places, PlaceRisk.None, places.Length == 0 ? 0 : places.Max(p => p.Population)));
        }
    }

    private static void LoadAbroad(Builder builder)
    {
        foreach (var row in EmbeddedData.ReadRows(Data + "places-abroad.csv", ';', hasHeader: true))
        {
            var kind = row[1] switch
            {
                "country" => PlaceNameKind.AbroadCountry,
                "place" => PlaceNameKind.Abroad,
                _ => throw new InvalidDataException($"places-abroad.csv: kind of '{row[0]}' must be country or place."),
            };
            builder.Names.Add(new PlaceName(row[0], kind, [], PlaceRisk.None, 0));
        }
    }

    internal static string[] SplitList(string value) =>
        value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The places and names read so far, with lookups the later files need.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<string, GazetteerPlace> _byPath = new(StringComparer.Ordinal);

        public List<GazetteerPlace> Places { get; } = [];

        public List<PlaceName> Names { get; } = [];

        public Dictionary<string, string> CountryCodes { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> DivisionWords { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, GazetteerPlace> PeruProvinces { get; } = new(StringComparer.Ordinal);

        public GazetteerPlace? FindByPath(string path) => _byPath.GetValueOrDefault(path);

        /// <summary>Adds a place, or returns the one already at its path.</summary>
        public GazetteerPlace Add(GazetteerPlace place)
        {
            if (_byPath.TryGetValue(place.Path, out var existing)) return existing;
            _byPath[place.Path] = place;
            Places.Add(place);
            return place;
        }
    }
}
