using System.Text;

namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// About 200 outlets, Zipf-distributed per language: the real outlets the portal knows (from Core's
/// outlets.csv, ranked first) followed by regional outlets named after Peruvian departments and Latin
/// American countries. Deterministic and immutable.
/// </summary>
internal sealed class OutletCatalog
{
    public const double ZipfExponent = 1.1;

    private static readonly HashSet<string> EnglishReal =
        ["InSight Crime", "Reuters", "Associated Press", "Agence France-Presse", "BBC", "The Guardian", "The New York Times", "Al Jazeera", "Mongabay", "Wikinews", "Diálogo"];

    private static readonly string[] SpanishPatterns = ["Diario {0}", "Radio {0}", "La Voz de {0}", "Noticias {0}", "El Heraldo de {0}"];

    private static readonly string[] EnglishPatterns = ["{0} Times", "{0} Herald", "{0} Post", "{0} Tribune", "{0} Daily", "{0} Observer"];

    private readonly Dictionary<string, WeightedSampler<Outlet>> _byLanguage;

    public OutletCatalog(IEnumerable<string> realOutlets, IEnumerable<string> departments, IEnumerable<string> countries)
    {
        var real = realOutlets.ToArray();
        var english = real.Where(EnglishReal.Contains).Select(n => new Outlet(n, Slug(n), "en")).ToList();
        var spanish = real.Where(n => !EnglishReal.Contains(n)).Select(n => new Outlet(n, Slug(n), "es")).ToList();
        var countryList = countries.ToArray();
        english.AddRange(EnglishPatterns.SelectMany(p => countryList.Select(c => string.Format(p, c)))
            .Take(80 - english.Count).Select(n => new Outlet(n, Slug(n), "en")));
        spanish.AddRange(SpanishPatterns.SelectMany(p => departments.Select(d => string.Format(p, d)))
            .Take(120 - spanish.Count).Select(n => new Outlet(n, Slug(n), "es")));
        _byLanguage = new Dictionary<string, WeightedSampler<Outlet>>
        {
            ["en"] = WeightedSampler<Outlet>.Zipf(english, ZipfExponent),
            ["es"] = WeightedSampler<Outlet>.Zipf(spanish, ZipfExponent),
        };
    }

    public int Count => _byLanguage.Values.Sum(s => s.Items.Count);

    public Outlet Top(string language) => _byLanguage[language].Items[0];

    public Outlet Next(string language, Random random) => _byLanguage[language].Next(random);

    /// <summary>The outlet names of Core's outlets.csv (first column), in file order.</summary>
    public static IEnumerable<string> ReadRealOutlets(string csvPath) =>
        File.ReadLines(csvPath).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';')[0].Trim());

    private static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in TextFold.Fold(name))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
