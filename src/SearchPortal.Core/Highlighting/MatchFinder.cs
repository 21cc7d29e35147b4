using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Reads the offsets of a prepared query's terms in one document straight from the postings
/// (no re-analysis) and turns them into matched ranges of the stored body and title.
/// Stateless and thread-safe; each call allocates its own enums and buffers.
/// </summary>
internal static class MatchFinder
{
    public static void Find(PreparedHighlightQuery prepared, int docId, List<MatchHit> body, List<MatchHit> title)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(docId, prepared.ReaderContext.Reader.MaxDoc);
        if (prepared.IsEmpty) return;
        var table = ReadOccurrences(prepared, docId);
        if (table.IsEmpty) return;
        foreach (var matcher in prepared.TermMatchers)
        {
            var hits = TargetHits(prepared, prepared.Terms[matcher.TermId], body, title);
            foreach (var occurrence in table.Get(matcher.TermId))
            {
                hits.Add(new MatchHit(occurrence.Start, occurrence.End, matcher.Concept, matcher.Weight, IsPhrase: false));
            }
        }
        foreach (var phrase in prepared.PhraseMatchers)
        {
            PhraseMatching.Find(phrase, table, TargetHits(prepared, prepared.Terms[phrase.Slots[0][0]], body, title));
        }
    }

    private static OccurrenceTable ReadOccurrences(PreparedHighlightQuery prepared, int docId)
    {
        var leaves = prepared.ReaderContext.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
        var localDoc = docId - leaf.DocBase;
        var table = new OccurrenceTable(prepared.Terms.Count);
        TermsEnum? termsEnum = null;
        foreach (var field in prepared.Fields)
        {
            var fieldTerms = leaf.AtomicReader.GetTerms(field.Name);
            if (fieldTerms is null) continue;
            termsEnum = fieldTerms.GetEnumerator(termsEnum);
            DocsAndPositionsEnum? postings = null;
            foreach (var termId in field.TermIds)
            {
                var term = prepared.Terms[termId];
                var state = term.Context.Get(leaf.Ord);
                if (state is null) continue;
                // Seeking with the prepared TermState skips the terms-dictionary lookup.
                termsEnum.SeekExact(term.Term.Bytes, state);
                postings = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, postings, DocsAndPositionsFlags.OFFSETS);
                // Null when the field was indexed without positions.
                if (postings is null || postings.Advance(localDoc) != localDoc) continue;
                for (var i = postings.Freq; i > 0; i--)
                {
                    var position = postings.NextPosition();
                    // Offsets are -1 when the field was indexed without them.
                    if (postings.StartOffset < 0) break;
                    table.Add(termId, new Occurrence(position, postings.StartOffset, postings.EndOffset));
                }
            }
        }
        return table;
    }

    private static List<MatchHit> TargetHits(PreparedHighlightQuery prepared, HighlightTerm term, List<MatchHit> body, List<MatchHit> title) =>
        prepared.Fields[term.Field].Target == HighlightTarget.Body ? body : title;
}
