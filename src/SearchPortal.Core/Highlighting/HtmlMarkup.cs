using System.Text;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Writes text HTML-encoded with &lt;mark&gt; around the marked ranges; nothing else is ever
/// emitted unencoded, so markup in article text stays inert. What ingestion removes (control characters other
/// than tab, CR and LF, which HTML forbids, U+0000 among them; U+FFFE, U+FFFF) is dropped and a lone surrogate
/// becomes U+FFFD, for indexes built before ingestion cleaned the text (the output may go into XML).
/// Stateless and thread-safe.
/// </summary>
internal static class HtmlMarkup
{
    public const string Ellipsis = "…";

    /// <summary>
    /// Appends text[start..end) with the marks that overlap it, clipped to it; with
    /// <paramref name="collapseWhitespace"/> every whitespace run (line wraps) becomes one space.
    /// </summary>
    public static void Append(StringBuilder html, string text, int start, int end, List<MarkRange> marks, bool collapseWhitespace)
    {
        var position = start;
        for (var m = FirstEndingAfter(marks, start); m < marks.Count && marks[m].Start < end; m++)
        {
            var markStart = Math.Max(marks[m].Start, start);
            var markEnd = Math.Min(marks[m].End, end);
            Encode(html, text, position, markStart, collapseWhitespace);
            html.Append("<mark>");
            Encode(html, text, markStart, markEnd, collapseWhitespace);
            html.Append("</mark>");
            position = markEnd;
        }
        Encode(html, text, position, end, collapseWhitespace);
    }

    private static void Encode(StringBuilder html, string text, int start, int end, bool collapseWhitespace)
    {
        var run = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (collapseWhitespace && char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < end && char.IsWhiteSpace(text[i + 1]))))
            {
                html.Append(text, run, i - run).Append(' ');
                while (i + 1 < end && char.IsWhiteSpace(text[i + 1])) i++;
                run = i + 1;
                continue;
            }
            var entity = c switch
            {
                _ when ArticleText.IsRemoved(c) && c is not '\t' and not '\n' and not '\r' => "",
                _ when char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) => "\uFFFD",
                _ when char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])) => "\uFFFD",
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null) continue;
            html.Append(text, run, i - run).Append(entity);
            run = i + 1;
        }
        html.Append(text, run, end - run);
    }

    private static int FirstEndingAfter(List<MarkRange> marks, int offset)
    {
        int low = 0, high = marks.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (marks[mid].End <= offset) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
