using System.Text;
using AngleSharp.Dom;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Flattens a DOM subtree to plain text with one paragraph per block element and collapsed
/// whitespace inside paragraphs. Stateless and thread-safe.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ul", "ol", "blockquote", "pre", "table", "tr", "br", "figure", "figcaption", "main",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav",
    };

    public static string Extract(INode root)
    {
        var text = new StringBuilder();
        Walk(root, text);
        return string.Join("\n\n", text.ToString().Split('\n')
            .Select(p => p.Trim())
            .Where(p => p.Length > 0));
    }

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                AppendCollapsed(text, t.Data);
                continue;
            }
            if (child is not IElement e || Skipped.Contains(e.LocalName)) continue;
            var block = Blocks.Contains(e.LocalName);
            if (block) text.Append('\n');
            Walk(e, text);
            if (block) text.Append('\n');
        }
    }

    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n')) text.Append(' ');
            }
            else
            {
                text.Append(c);
            }
        }
    }
}
