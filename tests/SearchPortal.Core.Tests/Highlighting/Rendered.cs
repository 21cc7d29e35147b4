using SearchPortal.Core.Export;
using SearchPortal.Core.Highlighting;

namespace SearchPortal.Core.Tests.Highlighting;

/// <summary>Highlights as the pages and the API render them (<see cref="MarkedTextHtml"/>), the notation of the highlighting test data.</summary>
internal static class Rendered
{
    public static string Html(this MarkedText text) => MarkedTextHtml.Render(text);

    public static List<string> Html(this IEnumerable<MarkedText> snippets) => snippets.Select(Html).ToList();

    public static string Paragraphs(this IEnumerable<MarkedText> paragraphs) => MarkedTextHtml.RenderParagraphs(paragraphs);
}
