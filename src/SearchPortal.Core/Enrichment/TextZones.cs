namespace SearchPortal.Core.Enrichment;

/// <summary>
/// The weight of each position of an enrichment text (the title, a blank line, then the body): title, lead or
/// body, as a <see cref="FocusPolicy"/> defines them. Paragraphs are separated by blank lines, as ingestion writes
/// them; a text without any (a wire story hard-wrapped into lines) is one paragraph, cut at the lead's word limit. Immutable.
/// </summary>
internal sealed class TextZones
{
    private readonly int _titleEnd;
    private readonly int _leadEnd;
    private readonly FocusPolicy _policy;
    private readonly List<int> _sentenceStarts;

    private TextZones(int titleEnd, int leadEnd, FocusPolicy policy, List<int> sentenceStarts) =>
        (_titleEnd, _leadEnd, _policy, _sentenceStarts) = (titleEnd, leadEnd, policy, sentenceStarts);

    /// <summary>The zones of <paramref name="text"/>, whose first <paramref name="titleLength"/> characters are the title.</summary>
    public static TextZones Of(string text, int titleLength, IReadOnlyList<WordToken> tokens, FocusPolicy policy)
    {
        var bodyStart = Math.Min(text.Length, titleLength);
        var leadEnd = bodyStart;
        for (var paragraphs = 0; paragraphs < policy.LeadParagraphs && leadEnd < text.Length; paragraphs++)
        {
            while (leadEnd < text.Length && char.IsWhiteSpace(text[leadEnd])) leadEnd++;
            var next = text.IndexOf("\n\n", leadEnd, StringComparison.Ordinal);
            leadEnd = next < 0 ? text.Length : next;
        }
        var words = 0;
        foreach (var token in tokens)
        {
            if (token.Start < bodyStart) continue;
            if (token.Start >= leadEnd) break;
            if (++words > policy.LeadWords)
            {
                leadEnd = token.Start;
                break;
            }
        }
        return new TextZones(titleLength, leadEnd, policy, SentenceStarts(text));
    }

    /// <summary>The sentence an offset lies in: sentences end at ".", "!" or "?" before a space, and at line breaks.</summary>
    public int Sentence(int offset)
    {
        var index = _sentenceStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    private static List<int> SentenceStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] == '\n' || (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]))) starts.Add(i + 1);
        }
        return starts;
    }

    public double Weight(int offset) => offset < _titleEnd ? _policy.TitleWeight : offset < _leadEnd ? _policy.LeadWeight : 1;
}
