using SearchPortal.Core.Enrichment;

namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// Crime phrases to plant: the concepts and terms of Core's crime taxonomy (the instance the enricher tags
/// with, so the planted phrases are exactly what it finds), drawn Zipf-wise in a fixed order of how often
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

    public CrimeCatalog(CrimeTaxonomy taxonomy)
    {
        var concepts = taxonomy.Concepts.ToDictionary(c => c.Label);
        var ranked = NewsOrder.Where(concepts.ContainsKey).Select(l => concepts[l]).Concat(taxonomy.Concepts.Where(c => !NewsOrder.Contains(c.Label)));
        _concepts = WeightedSampler<CrimeConcept>.Zipf(ranked, 0.9);
    }

    public CrimeConcept Next(Random random) => _concepts.Next(random);

    /// <summary>The trigger terms of a concept in an article's language: Spanish for "es", English otherwise.</summary>
    public static IReadOnlyList<string> Terms(CrimeConcept concept, string language) => language == "es" ? concept.TermsEs : concept.TermsEn;
}
