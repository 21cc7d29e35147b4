using SearchPortal.Benchmarks.Workload;

namespace SearchPortal.Benchmarks.Report;

/// <summary>
/// The checks of result counts against the corpus's ground truth: each key phrase (articles containing it,
/// planted or in the real text) and the crime and region facets the plants produce. The filters count focus (what an
/// article is about), and most plants are single mentions, so facet counts fall below the planted count; the engines'
/// counts must agree with each other.
/// </summary>
internal static class ResultChecks
{
    public static IReadOnlyList<string> CrimeLabels { get; } = ["Illegal mining", "Human trafficking"];

    public static IReadOnlyList<string> RegionPaths { get; } = ["Peru/Madre de Dios", "Peru/Loreto", "Peru/Puno"];

    /// <summary>The queries whose totals the checks read, by check key.</summary>
    public static IReadOnlyDictionary<string, BenchQuery> Queries(Corpus.CorpusManifest corpus)
    {
        var queries = new Dictionary<string, BenchQuery>();
        foreach (var phrase in corpus.KeyPhrases) queries["phrase:" + phrase.Phrase] = new BenchQuery("check", QueryKind.Phrase, phrase.Phrase.Split(' '), []);
        foreach (var label in CrimeLabels) queries["crime:" + label] = new BenchQuery("check", QueryKind.Browse, [], [new FacetFilter("crime", label)]);
        foreach (var path in RegionPaths) queries["region:" + path] = new BenchQuery("check", QueryKind.Browse, [], [new FacetFilter("region", path)]);
        return queries;
    }

    public static IReadOnlyList<ResultCheck> Build(BenchResults results)
    {
        var checks = new List<ResultCheck>();
        foreach (var phrase in results.Corpus.KeyPhrases)
        {
            checks.Add(new($"phrase \"{phrase.Phrase}\"", phrase.Containing,
                $"articles containing it ({phrase.Planted:N0} planted at {phrase.Rate:P1} of {phrase.Language} articles)", Found(results, "phrase:" + phrase.Phrase)));
        }
        foreach (var label in CrimeLabels)
        {
            checks.Add(new($"crime={label}", results.Corpus.PlantedCrimes.GetValueOrDefault(label), "articles with a planted term (most are mentions, not focus)", Found(results, "crime:" + label)));
        }
        foreach (var path in RegionPaths)
        {
            checks.Add(new($"region={path}", results.Corpus.PlantedRegions.GetValueOrDefault(path), "articles with a planted place in it (most are mentions, not focus)", Found(results, "region:" + path)));
        }
        return checks;
    }

    private static Dictionary<string, int> Found(BenchResults results, string key) =>
        results.Engines.Where(e => e.Checks.ContainsKey(key)).ToDictionary(e => e.Name, e => e.Checks[key]);
}
