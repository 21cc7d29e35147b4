using System.Net;
using System.Text.RegularExpressions;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// Turns the highlighter's HTML (text encoded, &lt;mark&gt; around matches) back into plain text for
/// exports. The highlighter encodes every '&lt;' of the text, so any tag left is its own markup.
/// Stateless and thread-safe.
/// </summary>
public static partial class PlainText
{
    public static string FromHtml(string html) => WebUtility.HtmlDecode(Tags().Replace(html, ""));

    /// <summary>The hit's snippets as one plain-text string (snippets cut mid-sentence keep their "…").</summary>
    public static string Snippet(SearchHit hit) => string.Join(" ", hit.Snippets.Select(FromHtml));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
