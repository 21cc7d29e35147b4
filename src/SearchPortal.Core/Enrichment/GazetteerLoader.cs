using SearchPortal.Core.Facets;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Enrichment;

/// <summary>Builds the <see cref="Gazetteer"/> from the embedded data files. Stateless.</summary>
internal static class GazetteerLoader
{
    private const string Peru = "Peru";

    public static Gazetteer Load()
    {
        var places = new List<GazetteerPlace>();
        var names = new List<PlaceName>();
        LoadCountries(places, names);
        LoadPeru(places, names);
        LoadAliases(names, places.Select(p => p.Path).ToHashSet(StringComparer.Ordinal));
        return new Gazetteer(places, names);
    }

    private static void LoadCountries(List<GazetteerPlace> places, List<PlaceName> names)
    {
        foreach (var row in EmbeddedData.ReadRows("Enrichment/Data/countries.csv", ';', hasHeader: true))
        {
            var path = row[0];
            string[] paths = [path];
            places.Add(new GazetteerPlace(path, path, PlaceLevel.Country));
            foreach (var name in SplitList(row[1])) names.Add(new PlaceName(name, PlaceNameKind.Place, PlaceLevel.Country, paths, false));
            foreach (var name in SplitList(row[2])) names.Add(new PlaceName(name, PlaceNameKind.Demonym, PlaceLevel.Country, paths, false));
        }
    }

    private static void LoadPeru(List<GazetteerPlace> places, List<PlaceName> names)
    {
        var needsContext = EmbeddedData.ReadRows("Enrichment/Data/region-context-required.txt", ';', hasHeader: false)
            .Select(r => r[0].Trim())
            .ToHashSet(StringComparer.Ordinal);
        var departments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.ReadRows("Enrichment/Data/peru-provinces.csv", ';', hasHeader: true))
        {
            var (department, province) = (row[1], row[2]);
            var departmentPath = Peru + FacetSchema.PathSeparator + department;
            if (departments.Add(department))
            {
                places.Add(new GazetteerPlace(department, departmentPath, PlaceLevel.Department));
                names.Add(new PlaceName(department, PlaceNameKind.Place, PlaceLevel.Department, [departmentPath], false));
            }
            var provincePath = departmentPath + FacetSchema.PathSeparator + province;
            places.Add(new GazetteerPlace(province, provincePath, PlaceLevel.Province));
            names.Add(new PlaceName(province, PlaceNameKind.Place, PlaceLevel.Province, [provincePath], needsContext.Contains(province)));
        }
        var unknown = needsContext.Where(n => !names.Any(p => p.Name == n)).ToArray();
        if (unknown.Length > 0) throw new InvalidDataException("Unknown names in region-context-required.txt: " + string.Join(", ", unknown));
    }

    private static void LoadAliases(List<PlaceName> names, HashSet<string> knownPaths)
    {
        foreach (var row in EmbeddedData.ReadRows("Enrichment/Data/region-aliases.csv", ';', hasHeader: true))
        {
            var paths = SplitList(row[1]);
            var unknown = paths.FirstOrDefault(p => !knownPaths.Contains(p));
            if (unknown is not null) throw new InvalidDataException($"Alias '{row[0]}' points to unknown path '{unknown}'.");
            var level = paths.Length == 0 ? PlaceLevel.Country : (PlaceLevel)(paths.Max(p => p.Count(c => c == FacetSchema.PathSeparator)));
            names.Add(new PlaceName(row[0], PlaceNameKind.Alias, level, paths, false));
        }
    }

    private static string[] SplitList(string value) =>
        value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
