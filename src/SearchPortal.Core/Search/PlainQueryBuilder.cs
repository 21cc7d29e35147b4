using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Search;

/// <summary>
/// The query for plain text. Each content word searches every text field as the classic parser
/// routes a bare word; words that are stopwords in English or Spanish are not required (a Spanish
/// article has no English field where "de" could match). Up to <see cref="QueryPolicy.MaxRequiredWords"/>
/// content words are all required; a longer query, such as a pasted sentence, ranks every document
/// that contains any of them, with a notice. Sloppy phrases on the unstemmed fields reward the words
/// near each other: the whole query for a short one, each pair of neighbouring words for a long one
/// (a long query hardly ever occurs as one phrase). With expansion on, words that spell a crime concept's term are
/// that term: a phrase (positions as indexed, so never across a sentence), or the concept's terms in the other
/// languages (<see cref="ConceptExpander"/>), so unquoted <c>trata de personas</c> is not "se trata de … personas".
/// One instance per parse, not thread-safe.
/// </summary>
internal sealed class PlainQueryBuilder(Analyzer analyzer, QueryPolicy policy, ConceptExpansion? expander, List<UserMessage> notices)
{
    private readonly FieldRoutingQueryParser _words = new(analyzer, notices, expander: null, policy.TitleBoost);

    public Query Build(IReadOnlyList<string> words)
    {
        var queries = words.Select(w => IsContent(w) ? _words.WordQuery(w) : null).ToList();
        var content = queries.Count(q => q is not null);
        if (content == 0)
        {
            notices.Add(UserMessage.Of(MessageKeys.QueryStopwordsOnly));
            return new BooleanQuery();
        }
        var spans = expander?.Find(words) ?? [];
        var ranked = content > policy.MaxRequiredWords;
        var query = ranked ? AnyWord(queries, spans, content) : AllWords(queries, spans, words);
        if (policy.ProximityBoost > 0 && content > 1 && Proximity(words, ranked) is { } proximity)
        {
            query = new BooleanQuery { { query, Occur.MUST }, { proximity, Occur.SHOULD } };
        }
        return query;
    }

    private BooleanQuery AllWords(List<Query?> queries, IReadOnlyList<ConceptSpan> spans, IReadOnlyList<string> words)
    {
        var query = new BooleanQuery();
        for (var i = 0; i < queries.Count;)
        {
            if (spans.FirstOrDefault(s => s.Start == i) is { } span)
            {
                var typed = _words.PhraseQuery(string.Join(' ', words.Skip(i).Take(span.Length)));
                if (expander!.Expand(typed, span, analyzer, notices) is { } either) query.Add(either, Occur.MUST);
                i += span.Length;
                continue;
            }
            if (queries[i] is { } word) query.Add(word, Occur.MUST);
            i++;
        }
        return query;
    }

    private BooleanQuery AnyWord(List<Query?> queries, IReadOnlyList<ConceptSpan> spans, int content)
    {
        notices.Add(UserMessage.Of(MessageKeys.QueryLong, content));
        var query = new BooleanQuery();
        foreach (var word in queries.OfType<Query>()) query.Add(word, Occur.SHOULD);
        foreach (var span in spans)
        {
            if (expander!.Alternatives(span, analyzer, notices) is { } added) query.Add(added, Occur.SHOULD);
        }
        return query;
    }

    private Query? Proximity(IReadOnlyList<string> words, bool pairs)
    {
        var text = string.Join(' ', words);
        var phrases = new DisjunctionMaxQuery(0.1f) { Boost = policy.ProximityBoost };
        foreach (var (field, boost) in new[] { (ArticleSchema.TitleExact, policy.TitleBoost), (ArticleSchema.BodyExact, 1f) })
        {
            var terms = Analyze(field, text);
            if (terms.Count < 2) continue;
            if (!pairs)
            {
                phrases.Add(Phrase(field, terms, boost));
                continue;
            }
            var neighbours = new BooleanQuery { Boost = boost };
            for (var i = 1; i < terms.Count; i++) neighbours.Add(Phrase(field, terms[(i - 1)..(i + 1)], 1f), Occur.SHOULD);
            phrases.Add(neighbours);
        }
        return phrases.Disjuncts.Count > 0 ? phrases : null;
    }

    private PhraseQuery Phrase(string field, List<(string Term, int Position)> terms, float boost)
    {
        var phrase = new PhraseQuery { Slop = policy.ProximitySlop, Boost = boost };
        foreach (var (term, position) in terms) phrase.Add(new Term(field, term), position - terms[0].Position);
        return phrase;
    }

    private bool IsContent(string word) => Analyze(ArticleSchema.BodyExact, word).Count > 0;

    private List<(string Term, int Position)> Analyze(string field, string text) => AnalyzedTerms.Of(analyzer, field, text);
}
