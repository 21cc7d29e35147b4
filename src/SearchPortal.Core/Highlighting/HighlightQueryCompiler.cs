using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Walks a query tree once per search and compiles it into a <see cref="PreparedHighlightQuery"/>; multi-term parts are
/// expanded in the segments <paramref name="leaves"/> names only, when given (those of the hits to highlight).
/// Single-use and not thread-safe: create one per <see cref="PassageHighlighter.Prepare"/> call.
/// </summary>
internal sealed class HighlightQueryCompiler(IndexSearcher searcher, MultiTermExpansion expansion, IReadOnlySet<int>? leaves = null)
{
    private readonly List<HighlightField> fields = [];
    private readonly List<HighlightTerm> terms = [];
    private readonly Dictionary<Term, int> termIds = [];
    private readonly List<TermMatcher> termMatchers = [];
    private readonly List<PhraseMatcher> phraseMatchers = [];
    private readonly TermLookup lookup = new(searcher.TopReaderContext);
    private int conceptCount;

    public PreparedHighlightQuery Compile(Query query)
    {
        Walk(query, 1f, concept: -1);
        return new PreparedHighlightQuery(
            searcher.TopReaderContext, fields, terms, termMatchers, phraseMatchers, conceptCount);
    }

    private void Walk(Query query, float boost, int concept)
    {
        boost *= query.Boost;
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (!clause.IsProhibited) Walk(clause.Query, boost, concept);
                }
                break;
            case DisjunctionMaxQuery dismax:
                var shared = concept >= 0 ? concept : conceptCount++;
                foreach (var disjunct in dismax.Disjuncts) Walk(disjunct, boost, shared);
                break;
            case ConstantScoreQuery { Query: not null } constant:
                Walk(constant.Query, boost, concept);
                break;
            case FilteredQuery filtered:
                Walk(filtered.Query, boost, concept);
                break;
            case TermQuery termQuery:
                AddTerm(termQuery.Term, boost, concept);
                break;
            case PhraseQuery phrase:
                AddPhrase([.. phrase.GetTerms().Select(term => new[] { term })], phrase.GetPositions(), phrase.Slop, boost, concept);
                break;
            case MultiPhraseQuery multiPhrase:
                AddPhrase([.. multiPhrase.GetTermArrays()], multiPhrase.GetPositions(), multiPhrase.Slop, boost, concept);
                break;
            case MultiTermQuery multiTerm when TargetOf(multiTerm.Field) is not null:
                var expandedConcept = concept >= 0 ? concept : conceptCount++;
                foreach (var (term, context) in expansion.Expand(searcher.TopReaderContext, multiTerm, leaves))
                {
                    AddTerm(term, boost, expandedConcept, context);
                }
                break;
        }
    }

    private void AddTerm(Term term, float boost, int concept, TermContext? context = null)
    {
        var id = TermId(term, context);
        if (id < 0) return;
        termMatchers.Add(new TermMatcher(id, concept >= 0 ? concept : conceptCount++, terms[id].Idf * boost));
    }

    private void AddPhrase(Term[][] slotTerms, int[] positions, int slop, float boost, int concept)
    {
        if (slotTerms.Length == 0) return;
        if (slotTerms.Length == 1 && slotTerms[0].Length == 1)
        {
            AddTerm(slotTerms[0][0], boost, concept);
            return;
        }
        var slots = new int[slotTerms.Length][];
        var weight = 0f;
        for (var i = 0; i < slotTerms.Length; i++)
        {
            slots[i] = [.. slotTerms[i].Select(term => TermId(term)).Where(id => id >= 0)];
            // A phrase with a term absent from the index matches nowhere.
            if (slots[i].Length == 0) return;
            weight += slots[i].Max(id => terms[id].Idf);
        }
        phraseMatchers.Add(new PhraseMatcher(slots, positions, slop, concept >= 0 ? concept : conceptCount++, weight * boost));
    }

    /// <summary>
    /// The id of a title/body term present in the index, else -1. Its term states come from
    /// <paramref name="context"/> when given, else from the contexts the search's weights built when the searcher
    /// is a <see cref="RecordingSearcher"/>, else from a lookup in every segment.
    /// </summary>
    private int TermId(Term term, TermContext? context = null)
    {
        if (termIds.TryGetValue(term, out var id)) return id;
        var target = TargetOf(term.Field);
        if (target is null) return -1;
        context ??= (searcher as RecordingSearcher)?.Recorded(term) ?? lookup.Build(term);
        if (context.DocFreq == 0)
        {
            termIds[term] = -1;
            return -1;
        }
        var field = fields.FindIndex(f => f.Name == term.Field);
        if (field < 0)
        {
            field = fields.Count;
            fields.Add(new HighlightField(term.Field, target.Value));
        }
        id = terms.Count;
        terms.Add(new HighlightTerm(term, field, context, Idf(term, context)));
        fields[field].TermIds.Add(id);
        termIds[term] = id;
        return id;
    }

    /// <summary>The term's idf as the searcher's similarity computes it for ranking; 1 for a similarity without one.</summary>
    private float Idf(Term term, TermContext context)
    {
        var collection = searcher.CollectionStatistics(term.Field);
        var statistics = searcher.TermStatistics(term, context);
        return searcher.Similarity switch
        {
            BM25Similarity bm25 => bm25.IdfExplain(collection, statistics).Value,
            TFIDFSimilarity tfIdf => tfIdf.IdfExplain(collection, statistics).Value,
            _ => 1f,
        };
    }

    private static HighlightTarget? TargetOf(string field)
    {
        if (ArticleSchema.BodyFields.Contains(field)) return HighlightTarget.Body;
        if (ArticleSchema.TitleFields.Contains(field)) return HighlightTarget.Title;
        return null;
    }
}
