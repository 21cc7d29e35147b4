using System.Text;
using SearchPortal.Core.Highlighting;

namespace SearchPortal.Core.Export;

/// <summary>
/// Renders <see cref="MarkedText"/> as HTML: the text encoded (&amp;, &lt;, &gt;, quotes), each mark in
/// &lt;mark&gt;…&lt;/mark&gt;, nothing else, so markup in article text stays inert. The one HTML rendering of
/// highlights: the pages, the API's JSON document and the CLI's --json use it. Stateless and thread-safe.
/// </summary>
public static class MarkedTextHtml
{
    public static string Render(MarkedText text)
    {
        var html = new StringBuilder(text.Text.Length + text.Marks.Count * 13 + 16);
        Append(html, text);
        return html.ToString();
    }

    /// <summary>Paragraphs as &lt;p&gt;…&lt;/p&gt; elements, one per line.</summary>
    public static string RenderParagraphs(IEnumerable<MarkedText> paragraphs)
    {
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (html.Length > 0) html.Append('\n');
            html.Append("<p>");
            Append(html, paragraph);
            html.Append("</p>");
        }
        return html.ToString();
    }

    private static void Append(StringBuilder html, MarkedText text)
    {
        var position = 0;
        foreach (var mark in text.Marks)
        {
            Encode(html, text.Text, position, mark.Start);
            html.Append("<mark>");
            Encode(html, text.Text, mark.Start, mark.End);
            html.Append("</mark>");
            position = mark.End;
        }
        Encode(html, text.Text, position, text.Text.Length);
    }

    private static void Encode(StringBuilder html, string text, int start, int end)
    {
        var run = start;
        for (var i = start; i < end; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null) continue;
            html.Append(text, run, i - run).Append(entity);
            run = i + 1;
        }
        html.Append(text, run, end - run);
    }
}
