using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Web.Tests.Hardening;

/// <summary>
/// The work a parsed query costs, counted instead of timed: the states of the automata its wildcard and fuzzy
/// words compiled to (Lucene determinizes them in place when the query is built) and the index terms its
/// prefix, wildcard and fuzzy words expand to (each per field and segment, as a search enumerates them).
/// </summary>
public sealed record QueryWork(long AutomatonStates, long ExpandedTerms)
{
    public static QueryWork Of(Query query, IndexReader reader)
    {
        long states = 0, terms = 0;
        foreach (var multiTerm in MultiTermQueries(query))
        {
            if (multiTerm is AutomatonQuery automaton) states += automaton.Automaton.GetNumberOfStates();
            foreach (var leaf in reader.Leaves)
            {
                if (leaf.AtomicReader.GetTerms(multiTerm.Field) is not { } fieldTerms) continue;
                var termsEnum = multiTerm.GetTermsEnum(fieldTerms);
                while (termsEnum.MoveNext()) terms++;
            }
        }
        return new QueryWork(states, terms);
    }

    private static IEnumerable<MultiTermQuery> MultiTermQueries(Query query) => query switch
    {
        MultiTermQuery multiTerm => [multiTerm],
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => MultiTermQueries(c.Query)),
        DisjunctionMaxQuery dismax => dismax.Disjuncts.SelectMany(MultiTermQueries),
        ConstantScoreQuery { Query: { } inner } => MultiTermQueries(inner),
        FilteredQuery filtered => MultiTermQueries(filtered.Query),
        _ => [],
    };
}
