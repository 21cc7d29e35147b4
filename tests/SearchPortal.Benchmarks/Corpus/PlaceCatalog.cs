using System.Globalization;
using SearchPortal.Benchmarks.Cli;

namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// Places to plant, from the shared INEI gazetteer (departments and provinces weighted by the square root of
/// their population, with the trafficking and mining hotspots tripled), the towns of Core's region aliases,
/// and Latin American countries (Zipf). Mentions use the context the tagger reads: "the X region",
/// "provincia de X", "in Iquitos". Deterministic and immutable.
/// </summary>
internal sealed class PlaceCatalog
{
    private static readonly HashSet<string> Hotspots = ["Madre de Dios", "Loreto", "Puno", "Ucayali", "Cusco", "Ayacucho"];

    private static readonly string[] Towns =
        ["Iquitos", "Puerto Maldonado", "Juliaca", "Pucallpa", "Trujillo", "Tarapoto", "La Rinconada", "Chimbote", "Tingo María", "Yurimaguas", "Huepetuhe", "Quillabamba", "Nauta", "Desaguadero"];

    private static readonly (string En, string Es)[] Countries =
    [
        ("Peru", "Perú"), ("Colombia", "Colombia"), ("Brazil", "Brasil"), ("Bolivia", "Bolivia"), ("Ecuador", "Ecuador"),
        ("Venezuela", "Venezuela"), ("Mexico", "México"), ("Chile", "Chile"), ("Argentina", "Argentina"), ("Paraguay", "Paraguay"),
        ("Panama", "Panamá"), ("Guatemala", "Guatemala"), ("Honduras", "Honduras"), ("El Salvador", "El Salvador"),
    ];

    private readonly Dictionary<string, Place> _byName = new(StringComparer.Ordinal);
    private readonly WeightedSampler<WeightedSampler<Place>> _kinds;

    public PlaceCatalog(string gazetteerCsv, string aliasesCsv)
    {
        var provinces = ReadProvinces(gazetteerCsv);
        var departments = provinces.GroupBy(p => p.Department)
            .Select(g => (Place: Add(g.Key, $"Peru/{g.Key}", $"in the {g.Key} region", $"en la región {g.Key}"), Population: g.Sum(p => p.Population)))
            .ToList();
        Departments = departments.Select(d => d.Place.Name).ToArray();
        var provincePlaces = provinces.Select(p => (Place: new Place(p.Province, $"Peru/{p.Department}/{p.Province}",
            $"in the province of {p.Province}", $"en la provincia de {p.Province}"), p.Population, p.Department)).ToList();
        var aliases = File.ReadLines(aliasesCsv).Skip(1).Select(l => l.Split(';')).Where(r => r.Length > 1).ToDictionary(r => r[0], r => r[1]);
        var towns = Towns.Select(t => Add(t, aliases[t], $"in {t}", $"en {t}"));
        var countries = Countries.Select(c => Add(c.En, c.En, $"in {c.En}", $"en {c.Es}"));

        _kinds = new WeightedSampler<WeightedSampler<Place>>(
        [
            (new WeightedSampler<Place>(departments.Select(d => (d.Place, Weight(d.Place.Name, d.Population)))), 0.35),
            (WeightedSampler<Place>.Zipf(towns, 1.0), 0.30),
            (WeightedSampler<Place>.Zipf(countries, 1.0), 0.20),
            (new WeightedSampler<Place>(provincePlaces.Select(p => (p.Place, Weight(p.Department, p.Population)))), 0.15),
        ]);
        CountryNames = Countries.Select(c => c.En).ToArray();
    }

    public IReadOnlyList<string> Departments { get; }

    public IReadOnlyList<string> CountryNames { get; }

    public Place Get(string name) => _byName[name];

    public Place Next(Random random) => _kinds.Next(random).Next(random);

    private Place Add(string name, string path, string english, string spanish) => _byName[name] = new Place(name, path, english, spanish);

    private static double Weight(string department, long population) =>
        Math.Sqrt(population) * (Hotspots.Contains(department) ? 3 : 1);

    private static List<(string Department, string Province, long Population)> ReadProvinces(string csv) =>
        File.ReadLines(csv).Skip(1).Select(l => l.TrimStart('\uFEFF').Split(';')).Where(r => r.Length > 7)
            .GroupBy(r => (Department: r[0].Trim(), Province: r[1].Trim()))
            .Select(g => (g.Key.Department, g.Key.Province, g.Sum(r => long.TryParse(r[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0)))
            .OrderBy(p => p.Department, StringComparer.Ordinal).ThenBy(p => p.Province, StringComparer.Ordinal)
            .ToList();
}
