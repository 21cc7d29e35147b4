using System.Globalization;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Reads the generated GeoNames files (<c>latam-divisions.csv</c>, <c>latam-places.csv</c>, built by
/// <c>tools/gazetteer/build_latam.py</c>) into a <see cref="GazetteerLoader.Builder"/>: divisions outside Peru,
/// their localities, and Peru's towns as names of their INEI provinces. Stateless.
/// </summary>
internal static class LatamLoader
{
    private const string Peru = "PE";

    public static void Load(GazetteerLoader.Builder builder)
    {
        var places = EmbeddedData.ReadRows("Enrichment/Data/latam-places.csv", ';', hasHeader: true).ToArray();
        var populations = places.GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.Sum(r => Population(r[2])), StringComparer.Ordinal);
        var divisions = LoadDivisions(builder, populations);
        foreach (var row in places)
        {
            var (code, name, population, flags) = (row[0], row[1], Population(row[2]), row[3]);
            var risk = flags.Contains('E') ? PlaceRisk.NeedsEvidence : PlaceRisk.None;
            var capital = flags.Contains('C');
            if (code.StartsWith(Peru + ".", StringComparison.Ordinal) && code.Length == 7)
            {
                var province = builder.PeruProvinces.GetValueOrDefault(code) ?? throw new InvalidDataException($"latam-places.csv: unknown Peruvian province '{code}'.");
                if (Folding.Fold(name) != Folding.Fold(province.Name))
                    builder.Names.Add(new PlaceName(name, PlaceNameKind.Place, [province], risk, population) { IsCapital = capital, IsTown = true });
                continue;
            }
            var division = divisions.GetValueOrDefault(code) ?? throw new InvalidDataException($"latam-places.csv: unknown division '{code}'.");
            var place = flags.Contains('M')
                ? division
                : builder.Add(new GazetteerPlace(name, division.Path + Article.RegionSeparator + name, PlaceLevel.Locality) { Population = population });
            builder.Names.Add(new PlaceName(name, PlaceNameKind.Place, [place], risk, population) { IsCapital = capital, IsTown = place.Level == PlaceLevel.Locality });
        }
        SpreadWordRisk(builder.Names);
    }

    /// <summary>
    /// A name flagged as a common word or personal name is one wherever it points: every place of that name
    /// (Peru's INEI names included) needs evidence, except national capitals and curated aliases.
    /// </summary>
    private static void SpreadWordRisk(List<PlaceName> names)
    {
        static string Key(string name) => Folding.Fold(name);
        var words = names.Where(n => n.Kind == PlaceNameKind.Place && n.Risk == PlaceRisk.NeedsEvidence).Select(n => Key(n.Name)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is { Kind: PlaceNameKind.Place, Risk: PlaceRisk.None, IsCapital: false, Level: not PlaceLevel.Country } name && words.Contains(Key(name.Name)))
                names[i] = name with { Risk = PlaceRisk.NeedsEvidence };
        }
    }

    /// <summary>Divisions by GeoNames admin-1 code; Peru's codes map to the INEI departments already loaded.</summary>
    private static Dictionary<string, GazetteerPlace> LoadDivisions(GazetteerLoader.Builder builder, Dictionary<string, long> populations)
    {
        var divisions = new Dictionary<string, GazetteerPlace>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadRows("Enrichment/Data/latam-divisions.csv", ';', hasHeader: true))
        {
            var (code, path) = (row[0], row[1]);
            if (code.StartsWith(Peru + ".", StringComparison.Ordinal))
            {
                divisions[code] = builder.FindByPath(path) ?? throw new InvalidDataException($"latam-divisions.csv: '{path}' is not an INEI department.");
                continue;
            }
            var country = builder.CountryCodes.GetValueOrDefault(code[..2]) ?? throw new InvalidDataException($"latam-divisions.csv: unknown country in '{code}'.");
            if (!path.StartsWith(country + Article.RegionSeparator, StringComparison.Ordinal))
                throw new InvalidDataException($"latam-divisions.csv: '{path}' is not in {country}.");
            var population = populations.GetValueOrDefault(code);
            var name = path[(country.Length + 1)..];
            var division = builder.Add(new GazetteerPlace(name, path, PlaceLevel.Division) { Population = population });
            divisions[code] = division;
            var risk = row.Length > 3 && row[3].Contains('E') ? PlaceRisk.NeedsEvidence : PlaceRisk.None;
            builder.Names.Add(new PlaceName(name, PlaceNameKind.Place, [division], risk, population));
            foreach (var alias in GazetteerLoader.SplitList(row[2]))
                builder.Names.Add(new PlaceName(alias, PlaceNameKind.Place, [division], PlaceRisk.None, population));
        }
        return divisions;
    }

    private static long Population(string value) => long.Parse(value, CultureInfo.InvariantCulture);
}
