using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace SearchPortal.Web.Embed;

/// <summary>
/// Renders a highlighted title or snippet (HTML-encoded text with <c>&lt;mark&gt;</c> around matches, as the
/// searcher returns it) so that only text and <c>&lt;mark&gt;</c> can reach the page: the text between the
/// mark tags is decoded and re-encoded, so any other markup shows as text. Stateless and thread-safe.
/// </summary>
public static class MarkedHtml
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";

    public static IHtmlContent From(string? highlighted)
    {
        var builder = new StringBuilder();
        var marked = false;
        var rest = (highlighted ?? "").AsSpan();
        while (rest.Length > 0)
        {
            var tag = marked ? Close : Open;
            var at = rest.IndexOf(tag, StringComparison.OrdinalIgnoreCase);
            var text = at < 0 ? rest : rest[..at];
            builder.Append(WebUtility.HtmlEncode(WebUtility.HtmlDecode(text.ToString())));
            if (at < 0) break;
            builder.Append(tag);
            marked = !marked;
            rest = rest[(at + tag.Length)..];
        }
        if (marked) builder.Append(Close);
        return new HtmlString(builder.ToString());
    }
}
