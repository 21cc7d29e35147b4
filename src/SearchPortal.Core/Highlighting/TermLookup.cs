using Lucene.Net.Index;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Builds <see cref="TermContext"/>s like <see cref="TermContext.Build"/>, but with one terms enum per segment and
/// field for all the terms it is asked for, where <see cref="TermContext.Build"/> opens a fresh one for every term
/// in every segment (each a terms-dictionary clone and its seek frames). For one query's terms; not thread-safe.
/// </summary>
internal sealed class TermLookup(IndexReaderContext top)
{
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> enums = [];

    public TermContext Build(Term term)
    {
        var context = new TermContext(top);
        foreach (var leaf in top.Leaves)
        {
            if (!enums.TryGetValue((leaf.Ord, term.Field), out var termsEnum))
            {
                termsEnum = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
                enums.Add((leaf.Ord, term.Field), termsEnum);
            }
            if (termsEnum is not null && termsEnum.SeekExact(term.Bytes))
            {
                context.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
            }
        }
        return context;
    }
}
