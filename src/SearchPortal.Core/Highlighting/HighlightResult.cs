namespace SearchPortal.Core.Highlighting;

/// <summary>
/// Highlighted snippets of one hit, in document order, and its whole title. Every string is
/// HTML-encoded and contains no markup but &lt;mark&gt;…&lt;/mark&gt;, so it can be rendered raw.
/// Snippets cut inside a sentence start or end with "…".
/// </summary>
public sealed record HighlightResult(IReadOnlyList<string> Snippets, string TitleHighlighted)
{
    /// <summary>No snippets and the title encoded as a highlight without matches would encode it.</summary>
    public static HighlightResult Unmarked(string? title)
    {
        var html = new System.Text.StringBuilder();
        HtmlMarkup.Append(html, title ?? "", 0, title?.Length ?? 0, [], collapseWhitespace: true);
        return new HighlightResult([], html.ToString());
    }
}
