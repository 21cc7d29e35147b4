namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Cuts a span longer than <see cref="SnippetPlanner.MaxLength"/> down to a window of about
/// <see cref="TargetLength"/> characters on word boundaries, placed where it covers the most
/// marks of the focus, with some context before the first. Stateless and thread-safe.
/// </summary>
internal static class SnippetWindow
{
    public const int TargetLength = 220;
    private const int LeadContext = 50;

    public static TextPassage Fit(string text, SnippetSpan span, List<MarkRange> marks)
    {
        if (span.Length <= SnippetPlanner.MaxLength) return new TextPassage(span.Start, span.End, false, span.CutBefore, span.CutAfter);
        var anchor = DensestAnchor(span, marks);
        var start = Math.Max(span.Start, anchor - LeadContext);
        var end = Math.Min(span.End, start + TargetLength);
        if (end == span.End) start = Math.Max(span.Start, Math.Min(anchor, end - TargetLength));
        while (start > span.Start && !char.IsWhiteSpace(text[start - 1])) start--;
        end = WordEnd(text, start, end, span.End, marks);
        return new TextPassage(start, end, false, span.CutBefore || start > span.Start, span.CutAfter || end < span.End);
    }

    /// <summary>Start of the focus mark from which a window covers the most marks; the focus start if none.</summary>
    private static int DensestAnchor(SnippetSpan span, List<MarkRange> marks)
    {
        int anchor = span.FocusStart, bestCount = 0, last = 0;
        for (var first = 0; first < marks.Count; first++)
        {
            var mark = marks[first];
            if (mark.Start < span.FocusStart) continue;
            if (mark.Start >= span.FocusEnd) break;
            var windowEnd = Math.Min(span.End, mark.Start - LeadContext + TargetLength);
            last = Math.Max(last, first);
            while (last + 1 < marks.Count && marks[last + 1].End <= windowEnd) last++;
            if (last - first + 1 > bestCount)
            {
                bestCount = last - first + 1;
                anchor = mark.Start;
            }
        }
        return anchor;
    }

    private static int WordEnd(string text, int start, int end, int ceiling, List<MarkRange> marks)
    {
        if (end >= ceiling) return ceiling;
        var limit = Math.Min(ceiling, start + SnippetPlanner.MaxLength);
        var forward = end;
        while (forward < limit && !char.IsWhiteSpace(text[forward])) forward++;
        if (forward < limit || forward == ceiling)
        {
            end = forward;
        }
        else
        {
            while (end > start + 1 && !char.IsWhiteSpace(text[end - 1])) end--;
        }
        foreach (var mark in marks)
        {
            // A phrase mark cut by the window: keep it whole if it fits, else leave it out.
            if (mark.Start < end && end < mark.End) end = mark.End <= limit ? mark.End : mark.Start;
        }
        while (end > start + 1 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':')) end--;
        return end;
    }
}
