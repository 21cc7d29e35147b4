using System.Text.Json;
using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// The bilingual crime taxonomy, read from the embedded <c>crime-taxonomy.json</c> so that researchers can
/// review and extend terms without touching code. It drives both tagging and cross-language query expansion.
/// Immutable; the default instance is loaded once and shared, therefore thread-safe.
/// </summary>
public sealed class CrimeTaxonomy
{
    private static readonly Lazy<CrimeTaxonomy> DefaultInstance = new(() => Parse(EmbeddedData.ReadText("Enrichment/Data/crime-taxonomy.json")));

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, CrimeConcept> _byName = new(StringComparer.Ordinal);

    private CrimeTaxonomy(IReadOnlyList<CrimeConcept> concepts)
    {
        Concepts = concepts;
        foreach (var concept in concepts)
        {
            foreach (var name in new[] { concept.Id, concept.Label, concept.LabelEs })
            {
                if (!_byName.TryAdd(Folding.Fold(name.Trim()), concept) && _byName[Folding.Fold(name.Trim())] != concept)
                    throw new InvalidDataException($"Crime taxonomy name '{name}' is used twice.");
            }
        }
    }

    public IReadOnlyList<CrimeConcept> Concepts { get; }

    /// <summary>The taxonomy embedded in the assembly; the same instance on every call.</summary>
    public static CrimeTaxonomy LoadDefault() => DefaultInstance.Value;

    /// <summary>
    /// Reads a taxonomy in the format of <c>crime-taxonomy.json</c>: <c>{"concepts": [{id, label, labelEs, termsEn, termsEs,
    /// termsPt?, contextTerms?: [{terms, near}], broader?}]}</c>.
    /// </summary>
    public static CrimeTaxonomy Parse(string json)
    {
        var file = JsonSerializer.Deserialize<TaxonomyFile>(json, JsonOptions)
            ?? throw new InvalidDataException("Crime taxonomy is empty.");
        foreach (var concept in file.Concepts)
        {
            if (string.IsNullOrWhiteSpace(concept.Id) || string.IsNullOrWhiteSpace(concept.Label) || string.IsNullOrWhiteSpace(concept.LabelEs))
                throw new InvalidDataException("Every crime concept needs an id, a label and a labelEs.");
            if (concept.TermsEn is not { Count: > 0 } || concept.TermsEs is not { Count: > 0 })
                throw new InvalidDataException($"Crime concept '{concept.Id}' needs English and Spanish terms.");
            if (concept.TermsPt is null || concept.ContextTerms is null || concept.ContextTerms.Any(c => c.Terms is not { Count: > 0 } || c.Near is not { Count: > 0 }))
                throw new InvalidDataException($"Crime concept '{concept.Id}': termsPt must be a list and every context term needs terms and near words.");
        }
        var ids = file.Concepts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        if (file.Concepts.FirstOrDefault(c => c.Broader is { } broader && (!ids.Contains(broader) || broader == c.Id)) is { } orphan)
            throw new InvalidDataException($"Crime concept '{orphan.Id}': broader concept '{orphan.Broader}' is not another concept's id.");
        return new CrimeTaxonomy(file.Concepts);
    }

    /// <summary>The concept whose id, English label or Spanish label matches, ignoring case and accents.</summary>
    public CrimeConcept? FindByLabel(string label) =>
        _byName.GetValueOrDefault(Folding.Fold(label.Trim()));

    private sealed record TaxonomyFile(IReadOnlyList<CrimeConcept> Concepts);
}
