using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// Multilingual concept retrieval: finds crime-taxonomy terms in a query (case- and accent-folded, on word boundaries,
/// a trailing plural "s" ignored, longest term first) and builds the concept's terms in the other analysed languages
/// as an <see cref="ExpansionQuery"/>: a clause apart from the typed words, scored below a native match of comparable
/// frequency. Of terms that one field indexes alike ("drug trafficking", "drug traffickers") only the first is added, and an
/// excluded term leaves out every term its field indexes alike and the longer terms it stood for. Each added term is a phrase in its own language's title and body fields only (Spanish terms in
/// <see cref="ArticleSchema.BodyEs"/>, stemmed by the Spanish analyzer), so it can find articles in that language but
/// never adds an article in the query's own language; terms a longer added term of the same language contains are
/// dropped as redundant. A term listed for English and another language ("narcos", "trata de personas") counts as the
/// other language's. A term that names a concept and a broader one ("cocaine": cocaine and drug trafficking) is read
/// as the narrower concept, and a concept adds only its own terms, so a broader concept's terms come only when the
/// query names the broader concept. Built once per parser; immutable and thread-safe.
/// </summary>
internal sealed class ConceptExpander
{
    private readonly PhraseIndex<ConceptTerm> _terms = new(WordForms.Singular);
    private readonly float _weight;
    private readonly float _titleBoost;

    public ConceptExpander(CrimeTaxonomy taxonomy, float weight, float titleBoost)
    {
        _weight = weight;
        _titleBoost = titleBoost;
        foreach (var concept in taxonomy.Concepts)
        {
            foreach (var (language, terms) in TermLists(concept))
            {
                foreach (var term in terms) _terms.Add(term, new ConceptTerm(concept, language));
            }
        }
    }

    /// <summary>The concept terms among <paramref name="words"/>, left to right, longest first, not overlapping.</summary>
    public IReadOnlyList<ConceptSpan> Find(IReadOnlyList<string> words)
    {
        var keys = _terms.Keys(words.Select(w => new WordToken(0, w.Length, WordTokenizer.Fold(w))).ToList());
        var spans = new List<ConceptSpan>();
        for (var i = 0; i < keys.Length;)
        {
            var (length, terms) = _terms.Match(keys, i);
            if (length > 0) spans.Add(new ConceptSpan(i, length, string.Join(' ', words.Skip(i).Take(length)), terms));
            i += Math.Max(length, 1);
        }
        return spans;
    }

    /// <summary>The concept a quoted phrase spells as a whole, or null.</summary>
    public ConceptSpan? FindPhrase(string phrase)
    {
        var words = PlainQuerySyntax.Words(phrase);
        return Find(words) is [{ Start: 0 } span] && span.Length == words.Count ? span with { Text = phrase.Trim() } : null;
    }

    /// <summary>
    /// The terms of the span's concept in the languages it was not typed in, without those whose <see cref="Key"/> is in
    /// <paramref name="excluded"/>, as one expansion clause; null when nothing is left. The notice names every term searched.
    /// </summary>
    public ExpansionQuery? Alternatives(ConceptSpan span, Analyzer analyzer, IReadOnlySet<string> excluded, List<UserMessage> notices)
    {
        var typed = Key(span.Text);
        var concepts = Concepts(span, typed);
        var typedIn = span.Terms.Where(t => concepts.Contains(t.Concept)).Select(t => t.Language).ToHashSet(StringComparer.Ordinal);
        if (typedIn.Count > 1) typedIn.Remove("en");
        var terms = Prune(concepts
            .SelectMany(c => TermLists(c).Where(l => !typedIn.Contains(l.Language)).SelectMany(l => l.Terms.Select(t => new AddedTerm(c.Label, t, l.Language))))
            .Where(t => Key(t.Term) != typed)
            .DistinctBy(t => (Key(t.Term), t.Language))
            .ToList())
            .Where(t => !excluded.Contains(Key(t.Term)));
        var builder = new QueryBuilder(analyzer);
        var query = new ExpansionQuery(TypedForms(span.Text, analyzer), _weight);
        var searched = new HashSet<string>(StringComparer.Ordinal);
        var excludedForms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var fields = ArticleSchema.FieldsFor(term.Language);
            var analyzed = AnalyzedTerms.Of(analyzer, fields.Body, term.Term);
            if (!excludedForms.TryGetValue(fields.Body, out var leftOut))
            {
                excludedForms[fields.Body] = leftOut = excluded.Select(e => Form(analyzer, fields.Body, e)).ToHashSet(StringComparer.Ordinal);
            }
            if (leftOut.Contains(Form(fields.Body, analyzed)) || !searched.Add(Form(fields.Body, analyzed))) continue;
            var alternative = new DisjunctionMaxQuery(0.1f);
            if (builder.CreatePhraseQuery(fields.Title, term.Term) is { } title)
            {
                title.Boost = _titleBoost;
                alternative.Add(title);
            }
            if (builder.CreatePhraseQuery(fields.Body, term.Term) is not { } body) continue;
            alternative.Add(body);
            query.Add(term, alternative, [.. analyzed.Select(t => new Term(fields.Body, t.Term))]);
        }
        if (query.Disjuncts.Count == 0) return null;
        notices.Add(UserMessage.Of(MessageKeys.QueryAlsoSearched,
            string.Join(", ", query.Added.Select(t => t.Term).Distinct().Select(t => $"«{t}»")), span.Text));
        return query;
    }

    /// <summary>
    /// The folded, singular form of a term or typed text that identifies it (in <see cref="SearchRequest.ExcludedTerms"/>
    /// too): "Narcotráfico" and "narcotrafico" have one key.
    /// </summary>
    public static string Key(string text) => string.Join(' ', WordTokenizer.Tokenize(text).Select(t => WordForms.Singular(t.Folded)));

    /// <summary>
    /// The concepts the span names: the one whose label it spells, else every concept of its terms but those broader
    /// than another one of them.
    /// </summary>
    private static List<CrimeConcept> Concepts(ConceptSpan span, string typed)
    {
        var candidates = span.Terms.Select(t => t.Concept).Distinct().ToList();
        var labelled = candidates.Where(c => Key(c.Label) == typed || Key(c.LabelEs) == typed).ToList();
        if (labelled.Count > 0) return labelled;
        return candidates.Where(c => !candidates.Any(narrower => narrower.Broader == c.Id)).ToList();
    }

    /// <summary>A phrase as <paramref name="field"/> indexes it, positions included: terms with one form search alike.</summary>
    private static string Form(string field, List<(string Term, int Position)> analyzed) =>
        $"{field}:{string.Join(' ', analyzed.Select(t => $"{t.Position}/{t.Term}"))}";

    private static string Form(Analyzer analyzer, string field, string text) => Form(field, AnalyzedTerms.Of(analyzer, field, text));

    /// <summary>The typed text as each body field indexes it, for the idf the expansion is scaled to.</summary>
    private static List<Term[]> TypedForms(string text, Analyzer analyzer) =>
        ArticleSchema.BodyFields
            .Select(field => AnalyzedTerms.Of(analyzer, field, text).Select(t => new Term(field, t.Term)).ToArray())
            .Where(form => form.Length > 0)
            .ToList();

    /// <summary>Drops each term that contains another term of its language as a run of words: it can only match where that one does.</summary>
    private static List<AddedTerm> Prune(List<AddedTerm> terms)
    {
        var keys = terms.Select(t => $" {Key(t.Term)} ").ToList();
        return terms.Where((term, i) => !keys.Where((other, j) => j != i && terms[j].Language == term.Language && keys[i].Contains(other, StringComparison.Ordinal)).Any()).ToList();
    }

    private static IEnumerable<(string Language, IReadOnlyList<string> Terms)> TermLists(CrimeConcept concept) =>
        [("en", concept.TermsEn), ("es", concept.TermsEs), ("pt", concept.TermsPt)];
}
