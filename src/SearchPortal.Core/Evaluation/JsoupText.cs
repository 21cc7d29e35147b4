using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Visible text of an HTML document, the way Anserini's HtmlCollection gets it from JSoup's
/// <c>Document.text()</c>: the text of the whole document (the head's title included, scripts and
/// styles left out), block elements and line breaks separating words, whitespace collapsed to
/// single spaces and trimmed. JSoup keeps the whitespace inside <c>&lt;pre&gt;</c>; this does not,
/// which changes no token. Stateless and thread-safe.
/// </summary>
public static class JsoupText
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "img",
        "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
        "time", "tt", "u", "var", "wbr",
    };

    private static readonly HashSet<string> HiddenTags = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template" };

    public static string Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder(html.Length);
        if (document.DocumentElement is { } root) Append(root, text);
        return Normalize(text);
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                text.Append(textNode.Data);
            }
            else if (child is IElement element && !HiddenTags.Contains(element.LocalName))
            {
                var separates = !InlineTags.Contains(element.LocalName);
                if (separates) text.Append(' ');
                Append(element, text);
                if (separates) text.Append(' ');
            }
        }
    }

    private static string Normalize(StringBuilder text)
    {
        var normalized = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = normalized.Length > 0;
                    continue;
                }
                if (pendingSpace) normalized.Append(' ');
                pendingSpace = false;
                normalized.Append(c);
            }
        }
        return normalized.ToString();
    }
}
