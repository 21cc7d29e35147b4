namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Text with the ranges a query matched: a highlighted title, snippet or paragraph as the highlighter returns it.
/// <see cref="Text"/> is display text, never markup: control characters that HTML and XML forbid are dropped, lone
/// surrogates are U+FFFD, and snippets carry their "…" where they cut a sentence. <see cref="Marks"/> are sorted,
/// non-overlapping, non-empty ranges of <see cref="Text"/>. The edges render them: HTML for pages and the API
/// (<c>Export.MarkedTextHtml</c>), brackets for the terminal, the bare text for CSV and feeds. Immutable.
/// </summary>
public sealed record MarkedText(string Text, IReadOnlyList<MarkRange> Marks)
{
    public static MarkedText Empty { get; } = new("", []);

    /// <summary>The text with every mark between <paramref name="open"/> and <paramref name="close"/>, not encoded.</summary>
    public string Bracketed(string open, string close)
    {
        var builder = new System.Text.StringBuilder(Text.Length + Marks.Count * (open.Length + close.Length));
        var position = 0;
        foreach (var mark in Marks)
        {
            builder.Append(Text, position, mark.Start - position).Append(open).Append(Text, mark.Start, mark.Length).Append(close);
            position = mark.End;
        }
        return builder.Append(Text, position, Text.Length - position).ToString();
    }
}
