namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Highlighted snippets of one hit, in document order, and its whole title (whitespace runs as one space).
/// Snippets cut inside a sentence start or end with "…". Immutable.
/// </summary>
public sealed record HighlightResult(IReadOnlyList<MarkedText> Snippets, MarkedText Title)
{
    /// <summary>No snippets and the title without marks, as a highlight without matches gives it.</summary>
    public static HighlightResult Unmarked(string? title)
    {
        var text = title ?? "";
        return new HighlightResult([], new MarkedTextBuilder(text.Length).Append(text, 0, text.Length, [], collapseWhitespace: true).ToMarkedText());
    }
}
