using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Reads the offsets of a prepared query's terms in one document straight from the postings
/// (no re-analysis) and turns them into matched ranges of the stored body and title.
/// Stateless and thread-safe; Lucene enums are reused through the prepared query's scratch.
/// </summary>
internal static class MatchFinder
{
    public static void Find(PreparedHighlightQuery prepared, int docId, List<MatchHit> body, List<MatchHit> title)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(docId, prepared.ReaderContext.Reader.MaxDoc);
        if (prepared.IsEmpty) return;
        var scratch = prepared.RentScratch();
        var table = ReadOccurrences(prepared, docId, scratch);
        prepared.ReturnScratch(scratch);
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

    private static OccurrenceTable ReadOccurrences(PreparedHighlightQuery prepared, int docId, PostingsScratch scratch)
    {
        var leaves = prepared.ReaderContext.Leaves;
        var leafIndex = ReaderUtil.SubIndex(docId, leaves);
        var leaf = leaves[leafIndex];
        var localDoc = docId - leaf.DocBase;
        var table = new OccurrenceTable(prepared.Terms.Count);
        for (var f = 0; f < prepared.Fields.Count; f++)
        {
            var field = prepared.Fields[f];
            var fieldTerms = leaf.AtomicReader.GetTerms(field.Name);
            if (fieldTerms is null) continue;
            var termsEnum = scratch.TermsEnum(leafIndex, f, fieldTerms);
            var postings = scratch.Postings(leafIndex, f);
            foreach (var termId in field.TermIds)
            {
                var term = prepared.Terms[termId];
                var state = term.Context.Get(leaf.Ord);
                if (state is null) continue;
                // Seeking with the prepared TermState skips the terms-dictionary lookup.
                termsEnum.SeekExact(term.Term.Bytes, state);
                postings = termsEnum.DocsAndPositions(leaf.AtomicReader.LiveDocs, postings, DocsAndPositionsFlags.OFFSETS);
                // Null when the field was indexed without positions.
                if (postings is null) continue;
                scratch.KeepPostings(leafIndex, f, postings);
                if (postings.Advance(localDoc) != localDoc) continue;
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
