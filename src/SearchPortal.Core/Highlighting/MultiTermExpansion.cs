using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Expands a prefix, wildcard, fuzzy or regexp query into the index terms it matches, keeping the
/// <see cref="MaxTerms"/> most frequent (frequent terms are the likeliest to be in the hits; every kept term
/// costs a postings lookup per highlighted hit). It reads at most the given number of terms, whatever query it
/// is given (the searcher passes the bound its parser holds queries to, so larger expansions were refused
/// before). Each term comes with its <see cref="TermContext"/>, registered while the segments' terms are
/// enumerated, so no kept term is looked up again in every segment. Immutable and thread-safe. Used directly,
/// never installed on the caller's query.
/// </summary>
internal sealed class MultiTermExpansion : MultiTermQuery.RewriteMethod
{
    public const int MaxTerms = 128;

    private readonly int _maxVisitedTerms;

    /// <param name="maxVisitedTerms">Most index terms read per query (the bound the searcher holds its queries to).</param>
    public MultiTermExpansion(int maxVisitedTerms) => _maxVisitedTerms = maxVisitedTerms;

    /// <summary>
    /// The kept terms, most frequent first, each with its term states in every segment of <paramref name="top"/>, or
    /// only in the segments <paramref name="leaves"/> names (by ordinal) when given: a page of hits needs the terms of
    /// its hits' segments only, so the work does not grow with the rest of the index.
    /// </summary>
    public IReadOnlyList<(Term Term, TermContext Context)> Expand(IndexReaderContext top, MultiTermQuery query, IReadOnlySet<int>? leaves = null)
    {
        var contexts = new Dictionary<BytesRef, TermContext>();
        var budget = _maxVisitedTerms;
        foreach (var leaf in top.Leaves)
        {
            if (leaves is not null && !leaves.Contains(leaf.Ord)) continue;
            var terms = leaf.AtomicReader.GetTerms(query.Field);
            if (terms is null) continue;
            var termsEnum = GetTermsEnum(query, terms, new AttributeSource());
            while (budget-- > 0 && termsEnum.MoveNext())
            {
                // The enum reuses its BytesRef, so a key must be a deep copy.
                var term = termsEnum.Term;
                if (!contexts.TryGetValue(term, out var context))
                {
                    context = new TermContext(top);
                    contexts.Add(BytesRef.DeepCopyOf(term), context);
                }
                context.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
            }
        }
        return [.. contexts
            .OrderByDescending(pair => pair.Value.DocFreq)
            .ThenBy(pair => pair.Key, BytesRef.UTF8SortedAsUnicodeComparer)
            .Take(MaxTerms)
            .Select(pair => (new Term(query.Field, pair.Key), pair.Value))];
    }

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var expanded = new BooleanQuery(disableCoord: true);
        foreach (var (term, context) in Expand(reader.Context, query)) expanded.Add(new TermQuery(term, context), Occur.SHOULD);
        expanded.Boost = query.Boost;
        return expanded;
    }
}
