namespace SearchPortal.Core.Analysis;

/// <summary>
/// Where a sentence ends, one rule for every consumer: the highlighter's sentence splitter cuts snippets there, and the
/// analyzers leave a position gap there (<see cref="SentenceGapFilter"/>) so that phrases and proximity never match
/// across it. A blank line always ends a sentence; a full stop, question or exclamation mark (plus closing quotes or
/// brackets) ends one when whitespace and a sentence opening (capital, digit, quote, ¿ or ¡) follow and the word before
/// is not an abbreviation. Stateless and thread-safe.
/// </summary>
public static class SentenceBreaks
{
    /// <summary>
    /// Positions added between the last word of a sentence and the first of the next. A sloppy phrase of slop below
    /// the gap cannot reach across it; the parser caps typed slop at <see cref="MaxSlop"/>.
    /// </summary>
    public const int PositionGap = 10;

    /// <summary>The largest phrase slop that still keeps every match inside one sentence.</summary>
    public const int MaxSlop = PositionGap - 1;

    /// <summary>
    /// Whether a sentence ends in <paramref name="text"/>[<paramref name="from"/>, <paramref name="to"/>), the characters
    /// between two words (the end of one token and the start of the next).
    /// </summary>
    public static bool Between(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                SkipWhitespace(text, i, out var newlines);
                if (newlines >= 2) return true;
            }
            else if (IsTerminator(c))
            {
                var end = i + 1;
                while (end < text.Length && IsTerminator(text[end])) end++;
                while (end < text.Length && IsCloser(text[end])) end++;
                if (end >= text.Length || !char.IsWhiteSpace(text[end]))
                {
                    i = end - 1;
                    continue;
                }
                var next = SkipWhitespace(text, end, out var newlines);
                if (newlines >= 2 || (next < text.Length && EndsSentence(text, i, end, next))) return true;
                i = next - 1;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the terminator at <paramref name="terminator"/> (with its run of terminators and closers up to
    /// <paramref name="end"/>, then whitespace up to <paramref name="next"/>) ends a sentence.
    /// </summary>
    public static bool EndsSentence(string text, int terminator, int end, int next)
    {
        var first = text[next];
        var opens = char.IsUpper(first) || char.IsDigit(first) || IsOpener(first)
            || (char.IsLetter(first) && !char.IsLower(first));
        if (!opens) return false;
        var singleStop = text[terminator] == '.' && (terminator + 1 == end || !IsTerminator(text[terminator + 1]));
        if (!singleStop) return true;
        var wordStart = terminator;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && !IsOpener(text[wordStart - 1])) wordStart--;
        return !Abbreviations.IsAbbreviation(text.AsSpan(wordStart, terminator - wordStart), first);
    }

    public static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    public static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']';

    public static bool IsOpener(char c) => c is '¿' or '¡' or '"' or '\'' or '“' or '‘' or '«' or '(' or '[' or '—' or '–';

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
