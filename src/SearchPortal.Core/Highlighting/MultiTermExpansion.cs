using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Rewrites a prefix, wildcard, fuzzy or regexp query into a BooleanQuery of the index terms it
/// matches, keeping the <see cref="MaxTerms"/> most frequent (frequent terms are the likeliest to
/// be in the hits; every kept term costs a postings lookup per highlighted hit). It reads at most
/// the given number of terms, whatever query it is given (the searcher passes the bound its parser
/// holds queries to, so larger expansions were refused before). Immutable and
/// thread-safe. Used directly, never installed on the caller's query.
/// </summary>
internal sealed class MultiTermExpansion : MultiTermQuery.RewriteMethod
{
    public const int MaxTerms = 128;

    private readonly int _maxVisitedTerms;

    /// <param name="maxVisitedTerms">Most index terms read per query (the bound the searcher holds its queries to).</param>
    public MultiTermExpansion(int maxVisitedTerms) => _maxVisitedTerms = maxVisitedTerms;

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var docFreqs = new Dictionary<BytesRef, int>();
        var budget = _maxVisitedTerms;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(query.Field);
            if (terms is null) continue;
            var termsEnum = GetTermsEnum(query, terms, new AttributeSource());
            while (budget-- > 0 && termsEnum.MoveNext())
            {
                // The enum reuses its BytesRef, so a key must be a deep copy.
                var term = termsEnum.Term;
                if (docFreqs.TryGetValue(term, out var docFreq)) docFreqs[term] = docFreq + termsEnum.DocFreq;
                else docFreqs.Add(BytesRef.DeepCopyOf(term), termsEnum.DocFreq);
            }
        }
        var expanded = new BooleanQuery(disableCoord: true);
        foreach (var (bytes, _) in docFreqs
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, BytesRef.UTF8SortedAsUnicodeComparer)
            .Take(MaxTerms))
        {
            expanded.Add(new TermQuery(new Term(query.Field, bytes)), Occur.SHOULD);
        }
        expanded.Boost = query.Boost;
        return expanded;
    }
}
