using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Core.Search;

/// <summary>
/// Counts the index terms a query's prefix, wildcard and fuzzy parts expand to, as a search would enumerate
/// them: each pattern once per field it names and per index segment. Counting stops as soon as the count
/// passes the limit, so the check itself costs at most the limit in term visits. Stateless and thread-safe.
/// </summary>
internal static class TermExpansion
{
    /// <summary>The terms visited, at most <paramref name="limit"/> + 1 (then the query is over the limit).</summary>
    public static long Count(IndexReader reader, Query query, long limit)
    {
        long visited = 0;
        foreach (var multiTerm in MultiTermQueries(query))
        {
            foreach (var leaf in reader.Leaves)
            {
                if (leaf.AtomicReader.GetTerms(multiTerm.Field) is not { } terms) continue;
                var termsEnum = multiTerm.GetTermsEnum(terms);
                while (termsEnum.MoveNext())
                {
                    if (++visited > limit) return visited;
                }
            }
        }
        return visited;
    }

    /// <summary>The multi-term queries inside the composite queries the parser builds (excluded clauses run too).</summary>
    public static IEnumerable<MultiTermQuery> MultiTermQueries(Query query) => query switch
    {
        MultiTermQuery multiTerm => [multiTerm],
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => MultiTermQueries(c.Query)),
        DisjunctionMaxQuery dismax => dismax.Disjuncts.SelectMany(MultiTermQueries),
        ConstantScoreQuery { Query: { } inner } => MultiTermQueries(inner),
        FilteredQuery filtered => MultiTermQueries(filtered.Query),
        _ => [],
    };
}
