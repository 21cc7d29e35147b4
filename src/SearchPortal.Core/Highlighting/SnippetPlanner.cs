namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Turns passage scores into snippet spans: the best passages in document order, adjacent ones
/// of the same paragraph merged, short ones grown with their neighbours towards
/// <see cref="MinLength"/> (never past <see cref="MaxLength"/>, never across a blank line).
/// Stateless and thread-safe.
/// </summary>
internal static class SnippetPlanner
{
    public const int MinLength = 160;
    public const int MaxLength = 250;

    /// <summary>Indices of the <paramref name="count"/> best-scoring passages (score &gt; 0), ascending.</summary>
    public static List<int> Best(float[] scores, int count)
    {
        var best = new List<int>(count + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0) continue;
            var at = best.Count;
            while (at > 0 && scores[best[at - 1]] < scores[i]) at--;
            if (at >= count) continue;
            best.Insert(at, i);
            if (best.Count > count) best.RemoveAt(count);
        }
        best.Sort();
        return best;
    }

    /// <summary>Groups the selected passage indices (ascending) into snippet spans.</summary>
    public static List<SnippetSpan> Plan(List<TextPassage> passages, List<int> selected)
    {
        var groups = new List<(int First, int Last)>(selected.Count);
        foreach (var i in selected)
        {
            if (groups.Count > 0 && groups[^1].Last == i - 1 && !passages[i].StartsParagraph
                && passages[i].End - passages[groups[^1].First].Start <= MaxLength)
            {
                groups[^1] = (groups[^1].First, i);
                continue;
            }
            groups.Add((i, i));
        }
        var spans = new List<SnippetSpan>(groups.Count);
        var floor = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var ceiling = g + 1 < groups.Count ? groups[g + 1].First - 1 : passages.Count - 1;
            var (first, last) = Grow(passages, groups[g].First, groups[g].Last, floor, ceiling);
            // Windows of one long sentence: let the snippet window use the whole sentence.
            var (runFirst, runLast) = (first, last);
            while (runFirst > floor && passages[runFirst].CutBefore) runFirst--;
            while (runLast < ceiling && passages[runLast].CutAfter) runLast++;
            spans.Add(new SnippetSpan(
                passages[runFirst].Start, passages[runLast].End, passages[first].Start, passages[last].End,
                passages[runFirst].CutBefore, passages[runLast].CutAfter));
            floor = runLast + 1;
        }
        return spans;
    }

    private static (int First, int Last) Grow(List<TextPassage> passages, int first, int last, int floor, int ceiling)
    {
        while (passages[last].End - passages[first].Start < MinLength)
        {
            if (last < ceiling && !passages[last + 1].StartsParagraph
                && passages[last + 1].End - passages[first].Start <= MaxLength)
            {
                last++;
            }
            else if (first > floor && !passages[first].StartsParagraph
                && passages[last].End - passages[first - 1].Start <= MaxLength)
            {
                first--;
            }
            else
            {
                break;
            }
        }
        return (first, last);
    }
}
