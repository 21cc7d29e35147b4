namespace SearchPortal.Benchmarks.Corpus;

/// <summary>Counts, while generating, what was planted and which articles contain each key phrase.</summary>
internal sealed class CorpusTally
{
    private readonly Dictionary<string, int> _crimes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _regions = new(StringComparer.Ordinal);
    private readonly int[] _planted = new int[KeyPhrase.Defaults.Count];
    private readonly int[] _containing = new int[KeyPhrase.Defaults.Count];
    private readonly string[] _folded = KeyPhrase.Defaults.Select(k => TextFold.Fold(k.Phrase)).ToArray();
    private readonly string[] _precheck = KeyPhrase.Defaults.Select(k => k.Phrase.Split(' ').Where(w => w.All(char.IsAscii)).MaxBy(w => w.Length)!).ToArray();
    private readonly TermStatistics _terms = new();
    private int _english;
    private int _spanish;

    public void Add(GeneratedArticle article)
    {
        if (article.Language == "en") _english++;
        else _spanish++;
        foreach (var label in article.PlantedCrimes.Distinct()) _crimes[label] = _crimes.GetValueOrDefault(label) + 1;
        foreach (var path in article.PlantedRegions.SelectMany(RegionPath.Levels).Distinct()) _regions[path] = _regions.GetValueOrDefault(path) + 1;

        var full = article.Title + "\n" + article.Text;
        string? folded = null;
        for (var k = 0; k < _folded.Length; k++)
        {
            if (article.PlantedKeyPhrases.Contains(KeyPhrase.Defaults[k].Phrase)) _planted[k]++;
            if (!full.Contains(_precheck[k], StringComparison.OrdinalIgnoreCase)) continue;
            folded ??= TextFold.Fold(full);
            if (TextFold.ContainsPhrase(folded, _folded[k])) _containing[k]++;
        }
        if (_terms.Sampled < TermStatistics.SampleSize) _terms.Add(folded ?? TextFold.Fold(full));
    }

    public CorpusManifest ToManifest(int docs, int seed, long bytes, double seconds, IReadOnlyList<string> sources, OutletCatalog outlets) => new()
    {
        Docs = docs,
        Seed = seed,
        English = _english,
        Spanish = _spanish,
        Bytes = bytes,
        GenerateSeconds = Math.Round(seconds, 2),
        Sources = sources,
        Outlets = outlets.Count,
        TopOutlet = new Dictionary<string, string> { ["en"] = outlets.Top("en").Name, ["es"] = outlets.Top("es").Name },
        KeyPhrases = KeyPhrase.Defaults.Select((k, i) => new KeyPhraseCount(k.Phrase, k.Language, k.Rate, k.CrimeLabel, _planted[i], _containing[i])).ToArray(),
        PlantedCrimes = new SortedDictionary<string, int>(_crimes, StringComparer.Ordinal),
        PlantedRegions = new SortedDictionary<string, int>(_regions, StringComparer.Ordinal),
        Terms = _terms.Choose(),
    };
}
