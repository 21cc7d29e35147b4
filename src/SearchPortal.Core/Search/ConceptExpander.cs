using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// Bilingual concept retrieval: finds crime-taxonomy terms in a query (case- and accent-folded,
/// on word boundaries, a trailing plural "s" ignored, longest term first) and builds the
/// alternative of the concept's terms in the other language. Those terms are searched as phrases
/// in the other language's fields only (Spanish terms in <see cref="ArticleSchema.BodyEs"/> and
/// <see cref="ArticleSchema.TitleEs"/>, stemmed by the Spanish analyzer), so they can find articles
/// in that language but never add an article in the query's own language; terms a longer added
/// term contains are dropped as redundant. A term listed in both languages ("narcos", "trata de
/// personas") counts as Spanish. Built once per parser; immutable and thread-safe.
/// </summary>
internal sealed class ConceptExpander
{
    private readonly PhraseIndex<ConceptTerm> _terms = new(WordForms.Singular);
    private readonly float _boost;

    public ConceptExpander(CrimeTaxonomy taxonomy, float boost)
    {
        _boost = boost;
        foreach (var concept in taxonomy.Concepts)
        {
            var spanish = concept.TermsEs.Select(Key).ToHashSet(StringComparer.Ordinal);
            foreach (var term in concept.TermsEs) _terms.Add(term, new ConceptTerm(concept, "es"));
            foreach (var term in concept.TermsEn.Where(t => !spanish.Contains(Key(t)))) _terms.Add(term, new ConceptTerm(concept, "en"));
        }
    }

    /// <summary>The concept terms among <paramref name="words"/>, left to right, longest first, not overlapping.</summary>
    public IReadOnlyList<ConceptSpan> Find(IReadOnlyList<string> words)
    {
        var keys = _terms.Keys(words.Select(w => new WordToken(0, w.Length, TextFolding.Fold(w))).ToList());
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
    /// The original query OR the concept's terms in the other language (weighted down), with a notice
    /// naming the added terms; the original alone when the concept adds nothing.
    /// </summary>
    public Query? Expand(Query? original, ConceptSpan span, Analyzer analyzer, List<UserMessage> notices)
    {
        var added = Alternatives(span, analyzer, notices);
        if (added is null) return original;
        if (original is null) return added;
        return new BooleanQuery { { original, Occur.SHOULD }, { added, Occur.SHOULD } };
    }

    /// <summary>The other-language terms of the span's concepts as one weighted-down disjunction, or null.</summary>
    public Query? Alternatives(ConceptSpan span, Analyzer analyzer, List<UserMessage> notices)
    {
        var matched = Key(span.Text);
        var terms = Prune(span.Terms
            .SelectMany(t => (t.Language == "es" ? t.Concept.TermsEn : t.Concept.TermsEs).Select(term => (Term: term, Language: Other(t.Language))))
            .Where(t => Key(t.Term) != matched)
            .DistinctBy(t => Key(t.Term))
            .ToList());
        var builder = new QueryBuilder(analyzer);
        var query = new BooleanQuery { Boost = _boost };
        foreach (var (term, language) in terms)
        {
            var perField = new DisjunctionMaxQuery(0.1f);
            if (builder.CreatePhraseQuery(ArticleSchema.TitleFieldFor(language), term) is { } title)
            {
                title.Boost = ArticleSchema.TitleBoost;
                perField.Add(title);
            }
            if (builder.CreatePhraseQuery(ArticleSchema.BodyFieldFor(language), term) is { } body) perField.Add(body);
            if (perField.Disjuncts.Count > 0) query.Add(perField, Occur.SHOULD);
        }
        if (query.Clauses.Count == 0) return null;
        notices.Add(UserMessage.Of(MessageKeys.QueryAlsoSearched, string.Join(", ", terms.Select(t => $"«{t.Term}»")), span.Text));
        return query;
    }

    /// <summary>Drops each term that contains another of the terms as a run of words: it can only match where that one does.</summary>
    private static List<(string Term, string Language)> Prune(List<(string Term, string Language)> terms)
    {
        var keys = terms.Select(t => $" {Key(t.Term)} ").ToList();
        return terms.Where((_, i) => !keys.Where((other, j) => j != i && keys[i].Contains(other, StringComparison.Ordinal)).Any()).ToList();
    }

    private static string Other(string language) => language == "es" ? "en" : "es";

    private static string Key(string text) => string.Join(' ', WordTokenizer.Tokenize(text).Select(t => WordForms.Singular(t.Folded)));
}
