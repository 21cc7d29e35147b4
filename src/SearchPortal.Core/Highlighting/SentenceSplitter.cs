using static SearchPortal.Core.Analysis.SentenceBreaks;

namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Splits article text into sentences for passage scoring, where <see cref="Analysis.SentenceBreaks"/> says a
/// sentence ends (the analyzers leave their position gaps at the same places). Sentences longer than
/// <see cref="MaxSentenceLength"/> (or text with no punctuation at all) are cut into windows of about
/// <see cref="WindowLength"/> characters on word boundaries. Stateless and thread-safe; a single pass over the text, no regular expressions.
/// </summary>
internal static class SentenceSplitter
{
    public const int MaxSentenceLength = 500;
    public const int WindowLength = 200;

    public static List<TextPassage> Split(string text)
    {
        var passages = new List<TextPassage>(Math.Max(4, text.Length / 120));
        var start = SkipWhitespace(text, 0, out _);
        var paragraph = true;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                var next = SkipWhitespace(text, i, out var newlines);
                if (newlines >= 2)
                {
                    Emit(text, start, i, paragraph, passages);
                    paragraph = true;
                    start = next;
                }
                i = next;
            }
            else if (IsTerminator(c))
            {
                var end = i + 1;
                while (end < text.Length && IsTerminator(text[end])) end++;
                while (end < text.Length && IsCloser(text[end])) end++;
                if (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    i = end;
                    continue;
                }
                var next = SkipWhitespace(text, end, out var newlines);
                if (next < text.Length && newlines < 2 && !EndsSentence(text, i, end, next))
                {
                    i = next;
                    continue;
                }
                if (Emit(text, start, end, paragraph, passages)) paragraph = false;
                if (newlines >= 2) paragraph = true;
                start = next;
                i = next;
            }
            else
            {
                i++;
            }
        }
        Emit(text, start, text.Length, paragraph, passages);
        return passages;
    }

    /// <summary>Adds the trimmed span (windowed when too long); returns false when it is blank.</summary>
    private static bool Emit(string text, int start, int end, bool paragraph, List<TextPassage> passages)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return false;
        if (end - start <= MaxSentenceLength)
        {
            passages.Add(new TextPassage(start, end, paragraph, false, false));
            return true;
        }
        var pieces = (end - start + WindowLength - 1) / WindowLength;
        var pieceStart = start;
        for (var k = 1; k < pieces; k++)
        {
            var cut = WordBoundaryBefore(text, start + (end - start) * k / pieces, pieceStart + WindowLength / 2);
            var pieceEnd = cut;
            while (pieceEnd > pieceStart && char.IsWhiteSpace(text[pieceEnd - 1])) pieceEnd--;
            passages.Add(new TextPassage(pieceStart, pieceEnd, paragraph && k == 1, k > 1, true));
            pieceStart = SkipWhitespace(text, cut, out _);
        }
        passages.Add(new TextPassage(pieceStart, end, false, true, false));
        return true;
    }

    /// <summary>The last whitespace at or before <paramref name="ideal"/> but after <paramref name="floor"/>, else a hard cut.</summary>
    internal static int WordBoundaryBefore(string text, int ideal, int floor)
    {
        for (var j = ideal; j > floor; j--)
        {
            if (char.IsWhiteSpace(text[j])) return j;
        }
        return char.IsLowSurrogate(text[ideal]) ? ideal - 1 : ideal;
    }

    private static int SkipWhitespace(string text, int from, out int newlines)
    {
        newlines = 0;
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            if (text[from] == '\n') newlines++;
            from++;
        }
        return from;
    }
}
