using System.Text;

namespace SearchPortal.Web.Maps;

/// <summary>
/// The band under a map: the legend (zero, then each colour class with its range of counts), the regions that
/// have articles but no outline (as links when the map has links), and the credit for the outlines. Knows its
/// height before it is written, so the SVG's viewBox can include it. Immutable.
/// </summary>
internal sealed class MapLegend
{
    private const int Left = 20, FontSize = 34, Columns = 3, ColumnWidth = 320, RowHeight = 50, LineHeight = 46;
    private const int LineChars = (MapProjection.Width - 2 * Left) * 20 / (FontSize * 11);

    private readonly ColourClass[] _items;
    private readonly List<List<KeyValuePair<string, int>>> _offMapLines;
    private readonly double _top;

    public MapLegend(double top, ColourScale scale, IReadOnlyList<KeyValuePair<string, int>> offMap, MapText text)
    {
        _top = top;
        _items = [ColourScale.Zero, .. scale.Classes];
        _offMapLines = Wrap(offMap, text);
        Height = 50 + RowHeight * ((_items.Length + Columns - 1) / Columns) + LineHeight * _offMapLines.Count + 40;
    }

    public double Height { get; }

    public void Write(StringBuilder svg, MapText text, string credit, Func<string, string>? linkFor, IReadOnlySet<string> selected)
    {
        var y = _top + 36;
        svg.Append("<g class=\"sp-map-legend\" font-size=\"").Append(FontSize).Append("\" fill=\"#1b1f24\">");
        svg.Append("<text x=\"").Append(Left).Append("\" y=\"").AppendNumber(y).Append("\" font-weight=\"600\">").AppendEscaped(text.LegendTitle).Append("</text>");
        for (var i = 0; i < _items.Length; i++)
        {
            var item = _items[i];
            var (x, top) = (Left + ColumnWidth * (i % Columns), y + 14 + RowHeight * (i / Columns));
            svg.Append("<rect x=\"").Append(x).Append("\" y=\"").AppendNumber(top).Append("\" width=\"48\" height=\"36\" rx=\"4\" stroke=\"#57606a\" stroke-width=\"1\" class=\"sp-map-c")
                .Append(item.Shade).Append("\" fill=\"").Append(item.Fill).Append("\" data-from=\"").Append(item.From).Append("\" data-to=\"").Append(item.To).Append("\"/>");
            svg.Append("<text x=\"").Append(x + 60).Append("\" y=\"").AppendNumber(top + 29).Append("\">").AppendEscaped(Range(item, text)).Append("</text>");
        }
        y += 14 + RowHeight * ((_items.Length + Columns - 1) / Columns) + 24;
        foreach (var line in _offMapLines)
        {
            WriteOffMapLine(svg, line, y, text, linkFor, selected, first: ReferenceEquals(line, _offMapLines[0]));
            y += LineHeight;
        }
        svg.Append("<text x=\"").Append(MapProjection.Width - Left).Append("\" y=\"").AppendNumber(y).Append("\" text-anchor=\"end\" font-size=\"24\" fill=\"#57606a\">")
            .AppendEscaped(string.Format(text.Culture, text.OutlinesCredit, credit)).Append("</text></g>");
    }

    private static void WriteOffMapLine(StringBuilder svg, List<KeyValuePair<string, int>> line, double y, MapText text, Func<string, string>? linkFor, IReadOnlySet<string> selected, bool first)
    {
        svg.Append("<text x=\"").Append(Left).Append("\" y=\"").AppendNumber(y).Append("\">");
        if (first) svg.AppendEscaped(text.NotOnMap).Append(' ');
        for (var i = 0; i < line.Count; i++)
        {
            var (path, count) = (line[i].Key, line[i].Value);
            var label = text.Place(path);
            var active = selected.Contains(path);
            var shown = $"{label} ({text.Number(count)})";
            if (i > 0) svg.Append(", ");
            if (linkFor is null)
            {
                svg.AppendEscaped(shown);
                continue;
            }
            svg.Append("<a href=\"").AppendEscaped(linkFor(path)).Append("\" class=\"sp-map-offmap\" data-region=\"").AppendEscaped(path).Append("\" aria-label=\"").AppendEscaped(text.RegionName(label, count, active))
                .Append(active ? "\" aria-current=\"true\">" : "\">")
                .Append("<tspan fill=\"#1f6feb\" text-decoration=\"underline\">").AppendEscaped(shown).Append("</tspan></a>");
        }
        svg.Append("</text>");
    }

    private static string Range(ColourClass item, MapText text) =>
        item.From == item.To ? text.Number(item.From) : $"{text.Number(item.From)}–{text.Number(item.To)}";

    /// <summary>Lines of about <see cref="LineChars"/> characters (an average glyph is about 0.55 em wide).</summary>
    private static List<List<KeyValuePair<string, int>>> Wrap(IReadOnlyList<KeyValuePair<string, int>> offMap, MapText text)
    {
        var lines = new List<List<KeyValuePair<string, int>>>();
        var used = LineChars;
        foreach (var region in offMap)
        {
            var length = text.Place(region.Key).Length + text.Number(region.Value).Length + 5;
            if (used + length > LineChars)
            {
                lines.Add([]);
                used = lines.Count == 1 ? text.NotOnMap.Length + 1 : 0;
            }
            lines[^1].Add(region);
            used += length;
        }
        return lines;
    }
}
