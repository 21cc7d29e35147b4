using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SearchPortal.Core.Tests.Search;

/// <summary>A prefix query that counts the index terms any enumeration of it visits, to bound expansion work by a count.</summary>
public sealed class CountingPrefixQuery(Term prefix) : PrefixQuery(prefix)
{
    public int Visited { get; private set; }

    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) => new Counting(base.GetTermsEnum(terms, atts), this);

    private sealed class Counting(TermsEnum inner, CountingPrefixQuery owner) : FilteredTermsEnum(inner, startWithSeek: false)
    {
        protected override AcceptStatus Accept(BytesRef term)
        {
            owner.Visited++;
            return AcceptStatus.YES;
        }
    }
}
