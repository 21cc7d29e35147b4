namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Finds where a phrase matches in one document from its terms' positions. A match picks one
/// occurrence per slot such that (position − query position) spans at most the slop, which is
/// how Lucene measures sloppy phrases; slop 0 means consecutive, honouring stopword gaps.
/// Stateless and thread-safe.
/// </summary>
internal static class PhraseMatching
{
    public static void Find(PhraseMatcher phrase, OccurrenceTable table, List<MatchHit> hits)
    {
        var slotCount = phrase.Slots.Length;
        foreach (var slot in phrase.Slots)
        {
            if (!slot.Any(id => table.Get(id).Count > 0)) return;
        }
        var lists = new ArraySegment<Occurrence>[slotCount];
        for (var s = 0; s < slotCount; s++) lists[s] = SlotOccurrences(phrase.Slots[s], table);
        var index = new int[slotCount];
        while (true)
        {
            int minSlot = 0, min = int.MaxValue, max = int.MinValue;
            for (var s = 0; s < slotCount; s++)
            {
                var shifted = lists[s][index[s]].Position - phrase.Positions[s];
                if (shifted < min)
                {
                    min = shifted;
                    minSlot = s;
                }
                max = Math.Max(max, shifted);
            }
            if (max - min <= phrase.Slop && (phrase.Slop == 0 || DistinctPositions(lists, index)))
            {
                AddMatch(phrase, lists, index, hits);
            }
            if (++index[minSlot] == lists[minSlot].Count) return;
        }
    }

    private static void AddMatch(PhraseMatcher phrase, ArraySegment<Occurrence>[] lists, int[] index, List<MatchHit> hits)
    {
        int first = 0, end = 0;
        for (var s = 0; s < lists.Length; s++)
        {
            if (lists[s][index[s]].Start < lists[first][index[first]].Start) first = s;
            end = Math.Max(end, lists[s][index[s]].End);
        }
        if (phrase.Slop == 0)
        {
            hits.Add(new MatchHit(lists[first][index[first]].Start, end, phrase.Concept, phrase.Weight, IsPhrase: true));
            return;
        }
        // Words of a sloppy match may be far apart: mark each word, count the match once.
        for (var s = 0; s < lists.Length; s++)
        {
            var occurrence = lists[s][index[s]];
            hits.Add(new MatchHit(occurrence.Start, occurrence.End, s == first ? phrase.Concept : -1, phrase.Weight, IsPhrase: true));
        }
    }

    private static bool DistinctPositions(ArraySegment<Occurrence>[] lists, int[] index)
    {
        for (var a = 0; a < lists.Length; a++)
        {
            for (var b = a + 1; b < lists.Length; b++)
            {
                if (lists[a][index[a]].Position == lists[b][index[b]].Position) return false;
            }
        }
        return true;
    }

    private static ArraySegment<Occurrence> SlotOccurrences(int[] alternatives, OccurrenceTable table)
    {
        if (alternatives.Length == 1) return table.Get(alternatives[0]);
        var merged = alternatives.SelectMany(id => table.Get(id)).OrderBy(o => o.Position).ToArray();
        return new ArraySegment<Occurrence>(merged);
    }
}
