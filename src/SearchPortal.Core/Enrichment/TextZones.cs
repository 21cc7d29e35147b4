namespace SearchPortal.Core.Enrichment;

/// <summary>
/// The weight of each position of an enrichment text (the title, a blank line, then the body): title, lead or
/// body, as a <see cref="FocusPolicy"/> defines them. Paragraphs are separated by blank lines, as ingestion writes
/// them; a text without any (a wire story hard-wrapped into lines) is one paragraph, cut at the lead's word limit. Immutable.
/// </summary>
internal sealed class TextZones
{
    private readonly string _text;
    private readonly int _titleEnd;
    private readonly int _leadEnd;
    private readonly FocusPolicy _policy;

    private TextZones(string text, int titleEnd, int leadEnd, FocusPolicy policy) => (_text, _titleEnd, _leadEnd, _policy) = (text, titleEnd, leadEnd, policy);

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
        return new TextZones(text, titleLength, leadEnd, policy);
    }

    public double Weight(int offset) => offset < _titleEnd ? _policy.TitleWeight : offset < _leadEnd ? _policy.LeadWeight : 1;

    /// <summary>The start of the sentence an offset lies in, as an identifier of that sentence.</summary>
    public int Sentence(int offset) => SentenceStart(_text, offset);

    /// <summary>The offset where the sentence of <paramref name="offset"/> starts: after ".", "!" or "?" and a space, or a line break.</summary>
    private static int SentenceStart(string text, int offset)
    {
        for (var i = Math.Min(offset, text.Length) - 1; i > 0; i--)
        {
            if (text[i] == '\n' || (char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or '!' or '?')) return i + 1;
        }
        return 0;
    }
}
