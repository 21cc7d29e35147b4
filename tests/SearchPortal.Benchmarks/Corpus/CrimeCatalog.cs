using System.Text.Json;

namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// Crime phrases to plant: the concepts and terms of Core's crime taxonomy (read from its data file, so
/// the planted phrases are exactly what the enricher tags), drawn Zipf-wise in a fixed order of how often
/// the press reports them. Deterministic and immutable.
/// </summary>
internal sealed class CrimeCatalog
{
    private static readonly string[] NewsOrder =
    [
        "Drug trafficking", "Corruption", "Homicide", "Human trafficking", "Illegal mining", "Extortion", "Money laundering",
        "Kidnapping", "Migrant smuggling", "Environmental crime", "Sexual exploitation", "Forced labour", "Arms trafficking", "Contraband",
    ];

    private readonly WeightedSampler<CrimeConcept> _concepts;

    public CrimeCatalog(string taxonomyJson)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(taxonomyJson));
        var concepts = doc.RootElement.GetProperty("concepts").EnumerateArray()
            .Select(c => new CrimeConcept(c.GetProperty("label").GetString()!, Strings(c, "termsEn"), Strings(c, "termsEs")))
            .ToDictionary(c => c.Label);
        var ranked = NewsOrder.Where(concepts.ContainsKey).Select(l => concepts[l]).Concat(concepts.Values.Where(c => !NewsOrder.Contains(c.Label)));
        _concepts = WeightedSampler<CrimeConcept>.Zipf(ranked, 0.9);
    }

    public CrimeConcept Next(Random random) => _concepts.Next(random);

    private static string[] Strings(JsonElement concept, string name) =>
        concept.GetProperty(name).EnumerateArray().Select(t => t.GetString()!).ToArray();
}
