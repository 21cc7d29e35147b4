using Microsoft.AspNetCore.Html;
using SearchPortal.Core.Export;
using SearchPortal.Core.Highlighting;

namespace SearchPortal.Web.Embed;

/// <summary>
/// Highlighted text (a title, snippet or article paragraphs with mark ranges, as the searcher returns them) as HTML
/// for a page: the text encoded, each mark in <c>&lt;mark&gt;</c>, nothing else (<see cref="MarkedTextHtml"/>).
/// Stateless and thread-safe.
/// </summary>
public static class MarkedHtml
{
    public static IHtmlContent From(MarkedText text) => new HtmlString(MarkedTextHtml.Render(text));

    public static IHtmlContent Paragraphs(IEnumerable<MarkedText> paragraphs) => new HtmlString(MarkedTextHtml.RenderParagraphs(paragraphs));
}
