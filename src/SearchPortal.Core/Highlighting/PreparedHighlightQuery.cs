using Lucene.Net.Index;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// A query compiled for highlighting against one index reader: its title/body terms with their
/// per-segment term states and idf, multi-term queries already expanded, phrases as position
/// patterns, MUST_NOT clauses and non-text fields dropped. Build it once per search with
/// <see cref="PassageHighlighter.Prepare"/> and reuse it for every hit of that search.
/// Immutable after construction and therefore safe to share across threads, but only valid
/// with the reader it was prepared on (the searcher of that search).
/// </summary>
public sealed class PreparedHighlightQuery
{
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
}
