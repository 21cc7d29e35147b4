using System.Text;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Builds a <see cref="MarkedText"/> from ranges of a stored text and the marks that overlap them, with the marks'
/// offsets moved to the output. What ingestion removes (control characters other than tab, CR and LF, which HTML
/// forbids, U+0000 among them; U+FFFE, U+FFFF) is dropped and a lone surrogate becomes U+FFFD, for indexes built
/// before ingestion cleaned the text (the text may go into HTML or XML). One per text built; not thread-safe.
/// </summary>
internal sealed class MarkedTextBuilder(int capacity)
{
    public const string Ellipsis = "…";

    private readonly StringBuilder _text = new(capacity);
    private readonly List<MarkRange> _marks = [];

    /// <summary>
    /// Appends text[start..end) with the marks that overlap it, clipped to it; with
    /// <paramref name="collapseWhitespace"/> every whitespace run (line wraps) becomes one space.
    /// </summary>
    public MarkedTextBuilder Append(string text, int start, int end, List<MarkRange> marks, bool collapseWhitespace)
    {
        var position = start;
        for (var m = FirstEndingAfter(marks, start); m < marks.Count && marks[m].Start < end; m++)
        {
            var markStart = Math.Max(marks[m].Start, start);
            var markEnd = Math.Min(marks[m].End, end);
            Copy(text, position, markStart, collapseWhitespace);
            var marked = _text.Length;
            Copy(text, markStart, markEnd, collapseWhitespace);
            if (_text.Length > marked) _marks.Add(new MarkRange(marked, _text.Length));
            position = markEnd;
        }
        Copy(text, position, end, collapseWhitespace);
        return this;
    }

    /// <summary>Appends "…", where a snippet cuts a sentence.</summary>
    public MarkedTextBuilder AppendEllipsis()
    {
        _text.Append(Ellipsis);
        return this;
    }

    public MarkedText ToMarkedText() => new(_text.ToString(), [.. _marks]);

    public void Clear()
    {
        _text.Clear();
        _marks.Clear();
    }

    private void Copy(string text, int start, int end, bool collapseWhitespace)
    {
        var run = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (collapseWhitespace && char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < end && char.IsWhiteSpace(text[i + 1]))))
            {
                _text.Append(text, run, i - run).Append(' ');
                while (i + 1 < end && char.IsWhiteSpace(text[i + 1])) i++;
                run = i + 1;
                continue;
            }
            var replacement = c switch
            {
                _ when ArticleText.IsRemoved(c) && c is not '\t' and not '\n' and not '\r' => "",
                _ when char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) => "\uFFFD",
                _ when char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])) => "\uFFFD",
                _ => null,
            };
            if (replacement is null) continue;
            _text.Append(text, run, i - run).Append(replacement);
            run = i + 1;
        }
        _text.Append(text, run, end - run);
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
