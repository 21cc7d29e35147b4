namespace SearchPortal.Core.Highlighting;

/// <summary>A marked range [<see cref="Start"/>, <see cref="End"/>) of a text (see <see cref="MarkedText"/>).</summary>
public readonly record struct MarkRange(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>
    /// Merges <paramref name="hits"/> (sorted by start offset) where they overlap or touch (the same
    /// word matched in body_en and body_exact, or a phrase and one of its words) into one mark.
    /// Ranges beyond <paramref name="textLength"/> (stale offsets) are clipped.
    /// </summary>
    internal static List<MarkRange> Merge(List<MatchHit> hits, int textLength)
    {
        var marks = new List<MarkRange>(hits.Count);
        foreach (var hit in hits)
        {
            var end = Math.Min(hit.End, textLength);
            if (hit.Start >= end) continue;
            if (marks.Count > 0 && hit.Start <= marks[^1].End)
            {
                if (end > marks[^1].End) marks[^1] = marks[^1] with { End = end };
                continue;
            }
            marks.Add(new MarkRange(hit.Start, end));
        }
        return marks;
    }
}
