namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Tags crime types in clean article text with the terms of a <see cref="CrimeTaxonomy"/>. Matching is case-
/// and accent-folded on word boundaries, with a trailing plural "s" ignored; the longest term wins, so
/// "contrabando de armas" is arms trafficking, not contraband. Ambiguous single words ("trafficking", "trata",
/// "drogas") are deliberately not terms; context terms ("smugglers") count only near their context words.
/// English text is read with English terms, Spanish with Spanish and Portuguese ones, unknown languages with all.
/// Built once; immutable and thread-safe.
/// </summary>
public sealed class CrimeTagger
{
    /// <summary>How many words before or after a context term its context words may be.</summary>
    public const int ContextWindow = 20;

    private readonly PhraseIndex<Trigger> _english = new(WordForms.Singular);
    private readonly PhraseIndex<Trigger> _spanish = new(WordForms.Singular);
    private readonly PhraseIndex<Trigger> _all = new(WordForms.Singular);

    public CrimeTagger()
        : this(CrimeTaxonomy.LoadDefault())
    {
    }

    public CrimeTagger(CrimeTaxonomy taxonomy)
    {
        foreach (var concept in taxonomy.Concepts)
        {
            Add(concept.TermsEn, new Trigger(concept, null), _english, _all);
            Add(concept.TermsEs, new Trigger(concept, null), _spanish, _all);
            Add(concept.TermsPt, new Trigger(concept, null), _spanish, _all);
            foreach (var context in concept.ContextTerms)
            {
                var near = context.Near.SelectMany(n => WordTokenizer.Tokenize(n)).Select(t => WordForms.Singular(t.Folded)).ToHashSet(StringComparer.Ordinal);
                Add(context.Terms, new Trigger(concept, near), _english, _spanish, _all);
            }
        }
    }

    /// <summary>Every crime label mentioned in <paramref name="text"/>, sorted; <paramref name="language"/> "en" or "es" restricts the terms, anything else uses all.</summary>
    public IReadOnlyList<string> Tag(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Find(WordTokenizer.Tokenize(text), language).Select(h => h.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Every occurrence of a crime label in the <paramref name="tokens"/> of a text, in text order.</summary>
    internal IReadOnlyList<TagHit> Find(IReadOnlyList<WordToken> tokens, string? language) => Find(tokens, WordForms.SingularKeys(tokens), language);

    /// <summary>As <see cref="Find(IReadOnlyList{WordToken}, string?)"/>, with the tokens' <see cref="WordForms.SingularKeys"/> already computed.</summary>
    internal IReadOnlyList<TagHit> Find(IReadOnlyList<WordToken> tokens, string[] keys, string? language)
    {
        var index = language switch
        {
            "en" => _english,
            "es" => _spanish,
            _ => _all,
        };
        var hits = new List<TagHit>();
        for (var i = 0; i < keys.Length;)
        {
            var (length, triggers) = index.Match(keys, i);
            foreach (var label in triggers.Where(t => t.Near is null || Near(keys, i, length, t.Near)).Select(t => t.Concept.Label).Distinct())
                hits.Add(new TagHit(label, tokens[i].Start));
            i += Math.Max(length, 1);
        }
        return hits;
    }

    private static bool Near(string[] keys, int start, int length, HashSet<string> words)
    {
        var (from, to) = (Math.Max(0, start - ContextWindow), Math.Min(keys.Length, start + length + ContextWindow));
        for (var i = from; i < to; i++)
        {
            if ((i < start || i >= start + length) && words.Contains(keys[i])) return true;
        }
        return false;
    }

    private static void Add(IEnumerable<string> terms, Trigger trigger, params PhraseIndex<Trigger>[] indexes)
    {
        foreach (var term in terms)
        {
            foreach (var index in indexes) index.Add(term, trigger);
        }
    }

    /// <summary>A concept a term triggers, and the context words it needs (null: none).</summary>
    private sealed record Trigger(CrimeConcept Concept, HashSet<string>? Near);
}
