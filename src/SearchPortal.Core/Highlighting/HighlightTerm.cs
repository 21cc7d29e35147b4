using Lucene.Net.Index;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// A query term with its per-segment term states (so reading its postings for a hit needs no
/// terms-dictionary lookup) and its BM25 idf. Immutable once prepared; tied to one reader.
/// </summary>
internal sealed class HighlightTerm(Term term, int field, TermContext context, float idf)
{
    public Term Term { get; } = term;

    public int Field { get; } = field;

    public TermContext Context { get; } = context;

    public float Idf { get; } = idf;
}
