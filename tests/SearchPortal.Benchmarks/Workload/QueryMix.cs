using SearchPortal.Benchmarks.Corpus;

namespace SearchPortal.Benchmarks.Workload;

/// <summary>
/// The fixed query mix: single terms of high, medium and low document frequency (chosen from the corpus
/// statistics), 2–3 word ANDs, phrases, ORs, prefixes and browsing (empty query), each with 0, 1 and 2 facet
/// filters (classes "term_high_f0" … "browse_f2"), plus "phrase_4f": a phrase with four facet filters.
/// Four queries per class; every query asks for the top 10 with facets and snippets.
/// </summary>
internal static class QueryMix
{
    public const string PhraseFourFilters = "phrase_4f";

    private static readonly FacetFilter English = new("language", "en");
    private static readonly FacetFilter Spanish = new("language", "es");
    private static readonly FacetFilter Year2014 = new("year", "2014");
    private static readonly FacetFilter MadreDeDios = new("region", "Peru/Madre de Dios");
    private static readonly FacetFilter Loreto = new("region", "Peru/Loreto");
    private static readonly FacetFilter IllegalMining = new("crime", "Illegal mining");
    private static readonly FacetFilter HumanTrafficking = new("crime", "Human trafficking");

    public static IReadOnlyList<BenchQuery> Build(CorpusManifest manifest)
    {
        var high = Words(manifest, "high");
        var medium = Words(manifest, "medium");
        var low = Words(manifest, "low");
        var topOutlet = new FacetFilter("outlet", manifest.TopOutlet["en"]);
        FacetFilter[] singles = [English, Year2014, MadreDeDios, IllegalMining];
        FacetFilter[][] pairs = [[Spanish, Loreto], [Year2014, HumanTrafficking], [MadreDeDios, IllegalMining], [English, topOutlet]];

        var shapes = new List<(string Name, QueryKind Kind, string[][] Words)>
        {
            ("term_high", QueryKind.Term, high.Select(w => new[] { w }).ToArray()),
            ("term_medium", QueryKind.Term, medium.Select(w => new[] { w }).ToArray()),
            ("term_low", QueryKind.Term, low.Select(w => new[] { w }).ToArray()),
            ("and", QueryKind.And, [[At(high, 0), At(medium, 0)], [At(medium, 1), At(high, 1)], [At(high, 2), At(medium, 2), At(high, 3)], ["police", "cocaine"]]),
            ("phrase", QueryKind.Phrase, [["illegal", "mining"], ["human", "trafficking"], ["minería", "ilegal"], ["trata", "de", "personas"]]),
            ("or", QueryKind.Or, [[At(medium, 0), At(low, 0)], [At(medium, 2), At(medium, 3)], ["cocaine", "cocaína"], ["extortion", "extorsión"]]),
            ("prefix", QueryKind.Prefix, [["traffick"], ["miner"], ["secuestr"], ["corrup"]]),
            ("browse", QueryKind.Browse, [[], [], [], []]),
        };

        var queries = new List<BenchQuery>();
        foreach (var (name, kind, words) in shapes.Where(s => s.Words.Length > 0 && s.Words.All(w => w.All(x => x.Length > 0))))
        {
            for (var level = 0; level <= 2; level++)
            {
                for (var i = 0; i < words.Length; i++)
                {
                    IReadOnlyList<FacetFilter> filters = level switch { 0 => [], 1 => [singles[i % singles.Length]], _ => pairs[i % pairs.Length] };
                    queries.Add(new BenchQuery($"{name}_f{level}", kind, words[i], filters));
                }
            }
        }
        queries.Add(new BenchQuery(PhraseFourFilters, QueryKind.Phrase, ["illegal", "mining"], [English, Year2014, MadreDeDios, IllegalMining]));
        queries.Add(new BenchQuery(PhraseFourFilters, QueryKind.Phrase, ["trata", "de", "personas"], [Spanish, new("year", "2019"), Loreto, HumanTrafficking]));
        queries.Add(new BenchQuery(PhraseFourFilters, QueryKind.Phrase, ["minería", "ilegal"], [Spanish, new("year", "2021"), new("region", "Peru/Puno"), IllegalMining]));
        queries.Add(new BenchQuery(PhraseFourFilters, QueryKind.Phrase, ["human", "trafficking"], [English, new("region", "Peru/Lima"), HumanTrafficking, topOutlet]));
        return queries;
    }

    /// <summary>Query classes in mix order.</summary>
    public static IReadOnlyList<string> Classes(IEnumerable<BenchQuery> queries) => queries.Select(q => q.Class).Distinct().ToArray();

    private static string[] Words(CorpusManifest manifest, string band) =>
        manifest.Terms.TryGetValue(band, out var terms) ? terms.Select(t => t.Word).ToArray() : [];

    private static string At(string[] words, int index) => words.Length == 0 ? "" : words[index % words.Length];
}
