using Lucene.Net.Index;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// A query compiled for highlighting against one index reader: its title/body terms with their
/// per-segment term states and idf, multi-term queries already expanded, phrases as position
/// patterns, MUST_NOT clauses and non-text fields dropped. Build it once per search with
/// <see cref="PassageHighlighter.Prepare"/> and reuse it for every hit of that search.
/// Safe to share across threads: the query data is immutable, and the one cache of Lucene enums
/// reused between hits is handed out to one thread at a time. Only valid with the reader it was
/// prepared on (the searcher of that search); do not keep it across reader reopens.
/// </summary>
public sealed class PreparedHighlightQuery
{
    private PostingsScratch? spareScratch;

    internal PreparedHighlightQuery(
        IndexReaderContext readerContext,
        IReadOnlyList<HighlightField> fields,
        IReadOnlyList<HighlightTerm> terms,
        IReadOnlyList<TermMatcher> termMatchers,
        IReadOnlyList<PhraseMatcher> phraseMatchers,
        int conceptCount)
    {
        ReaderContext = readerContext;
        Fields = fields;
        Terms = terms;
        TermMatchers = termMatchers;
        PhraseMatchers = phraseMatchers;
        ConceptCount = conceptCount;
    }

    /// <summary>True when nothing in the query can be marked (match-all, author-only, filters only…).</summary>
    public bool IsEmpty => Terms.Count == 0;

    internal IndexReaderContext ReaderContext { get; }

    internal IReadOnlyList<HighlightField> Fields { get; }

    internal IReadOnlyList<HighlightTerm> Terms { get; }

    internal IReadOnlyList<TermMatcher> TermMatchers { get; }

    internal IReadOnlyList<PhraseMatcher> PhraseMatchers { get; }

    /// <summary>
    /// Number of distinct query concepts: each DisjunctionMaxQuery (one user word or phrase over
    /// all fields) is one concept, so a word matched in body_en and body_exact counts once.
    /// </summary>
    internal int ConceptCount { get; }

    /// <summary>Takes the cached enums, or fresh ones when another thread holds them.</summary>
    internal PostingsScratch RentScratch() =>
        Interlocked.Exchange(ref spareScratch, null) ?? new PostingsScratch(ReaderContext.Leaves.Count, Fields.Count);

    internal void ReturnScratch(PostingsScratch scratch) => Volatile.Write(ref spareScratch, scratch);
}
