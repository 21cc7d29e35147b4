namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Tags crime types in clean article text with the terms of a <see cref="CrimeTaxonomy"/> and returns
/// their English labels, sorted. Matching is case- and accent-folded on word boundaries, with a trailing
/// plural "s" ignored; the longest term wins, so "contrabando de armas" is arms trafficking, not contraband.
/// Ambiguous single words ("trafficking", "trata", "drogas") are deliberately not terms. Built once;
/// immutable and thread-safe.
/// </summary>
public sealed class CrimeTagger
{
    private readonly PhraseIndex<CrimeConcept> _english = new(WordForms.Singular);
    private readonly PhraseIndex<CrimeConcept> _spanish = new(WordForms.Singular);
    private readonly PhraseIndex<CrimeConcept> _both = new(WordForms.Singular);

    public CrimeTagger()
        : this(CrimeTaxonomy.LoadDefault())
    {
    }

    public CrimeTagger(CrimeTaxonomy taxonomy)
    {
        foreach (var concept in taxonomy.Concepts)
        {
            foreach (var term in concept.TermsEn)
            {
                _english.Add(term, concept);
                _both.Add(term, concept);
            }
            foreach (var term in concept.TermsEs)
            {
                _spanish.Add(term, concept);
                _both.Add(term, concept);
            }
        }
    }

    /// <summary>Crime labels found in <paramref name="text"/>; <paramref name="language"/> "en" or "es" restricts the terms, anything else uses both.</summary>
    public IReadOnlyList<string> Tag(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Tag(WordTokenizer.Tokenize(text), language);
    }

    /// <summary>Crime labels found in the <paramref name="tokens"/> of a text, so callers that tag it several ways tokenize once.</summary>
    internal IReadOnlyList<string> Tag(IReadOnlyList<WordToken> tokens, string? language)
    {
        var index = language switch
        {
            "en" => _english,
            "es" => _spanish,
            _ => _both,
        };
        var keys = index.Keys(tokens);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length;)
        {
            var (length, concepts) = index.Match(keys, i);
            foreach (var concept in concepts) labels.Add(concept.Label);
            i += Math.Max(length, 1);
        }
        return labels.Order(StringComparer.Ordinal).ToArray();
    }
}
