using System.Globalization;
using System.Text;
using SearchPortal.Web.Exports;

namespace SearchPortal.Web.Maps;

/// <summary>Writes text and numbers into SVG markup: XML-escaped, characters XML forbids dropped. Stateless.</summary>
internal static class SvgMarkup
{
    public static StringBuilder AppendEscaped(this StringBuilder svg, string text)
    {
        foreach (var c in XmlText.Clean(text))
        {
            _ = c switch
            {
                '&' => svg.Append("&amp;"),
                '<' => svg.Append("&lt;"),
                '>' => svg.Append("&gt;"),
                '"' => svg.Append("&quot;"),
                _ => svg.Append(c),
            };
        }
        return svg;
    }

    public static StringBuilder AppendNumber(this StringBuilder svg, double value) =>
        svg.Append(value.ToString("0.#", CultureInfo.InvariantCulture));
}
