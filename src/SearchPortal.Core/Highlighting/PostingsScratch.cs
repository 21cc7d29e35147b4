using Lucene.Net.Index;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Lucene enums kept per (segment, field) so the hits of one search reuse them instead of
/// allocating a terms enum and a postings enum per field per hit (the bulk of the garbage).
/// Used by one thread at a time: rented from and returned to a <see cref="PreparedHighlightQuery"/>.
/// </summary>
internal sealed class PostingsScratch(int leafCount, int fieldCount)
{
    private readonly TermsEnum?[] termsEnums = new TermsEnum?[leafCount * fieldCount];
    private readonly DocsAndPositionsEnum?[] postings = new DocsAndPositionsEnum?[leafCount * fieldCount];

    /// <summary>The cached terms enum of a segment's field; <paramref name="terms"/> must be that field's terms.</summary>
    public TermsEnum TermsEnum(int leaf, int field, Terms terms) =>
        // GetEnumerator(reuse) of the block-tree terms dictionary ignores reuse, so keep the enum itself.
        termsEnums[leaf * fieldCount + field] ??= terms.GetEnumerator();

    /// <summary>The postings enum to pass for reuse; store the result back with <see cref="KeepPostings"/>.</summary>
    public DocsAndPositionsEnum? Postings(int leaf, int field) => postings[leaf * fieldCount + field];

    public void KeepPostings(int leaf, int field, DocsAndPositionsEnum? value)
    {
        if (value is not null) postings[leaf * fieldCount + field] = value;
    }
}
