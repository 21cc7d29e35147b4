using System.Text;

namespace SearchPortal.Web.Maps;

/// <summary>
/// Draws a <see cref="MapLevel"/> as an SVG document coloured by article counts: each outlined region in its
/// <see cref="ColourScale"/> class, a legend, the regions without an outline, and the credit for the outlines.
/// With a link builder every region that has articles (or whose filter is on) is an <c>&lt;a href&gt;</c> with
/// an accessible name and a tooltip, reachable by keyboard and usable without JavaScript, and the map is a
/// <c>group</c>; without one it is a plain <c>img</c> (an <c>img</c>'s children are hidden from assistive
/// technology, so a map of links must not be one). Colours are presentation attributes and the classes
/// (<c>sp-map-c0</c>…<c>sp-map-c5</c>, <c>is-selected</c>) hooks for the stylesheet: no script, no
/// <c>style</c>, so the CSP (<c>style-src 'self'</c>) has nothing to refuse and the file stands alone. Rendering
/// is string assembly over path data projected at start-up. Stateless and thread-safe.
/// </summary>
public static class MapSvg
{
    private const string SelectedStroke = "#12355b";

    /// <param name="level">The map to draw.</param>
    /// <param name="counts">Articles per region facet value (the region facet's counts); values of other levels are ignored, missing ones are zero.</param>
    /// <param name="text">The UI language's words.</param>
    /// <param name="linkFor">The href that toggles a region's filter, or null for a map without links.</param>
    /// <param name="selected">The region facet values whose filter is on.</param>
    public static string Render(MapLevel level, IReadOnlyDictionary<string, int> counts, MapText text,
        Func<string, string>? linkFor = null, IReadOnlySet<string>? selected = null)
    {
        selected ??= new HashSet<string>();
        var onLevel = counts.Where(c => c.Value > 0 && level.Includes(c.Key)).ToArray();
        var scale = ColourScale.For(onLevel.Length == 0 ? 0 : onLevel.Max(c => c.Value));
        var offMap = onLevel.Where(c => !level.HasOutline(c.Key))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.InvariantCulture).ToArray();
        var legend = new MapLegend(level.Height, scale, offMap, text);
        var height = level.Height + legend.Height;

        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sp-map\" viewBox=\"0 0 ").Append(MapProjection.Width).Append(' ').AppendNumber(height)
            .Append("\" width=\"").Append(MapProjection.Width).Append("\" height=\"").AppendNumber(height)
            .Append("\" role=\"").Append(linkFor is null ? "img" : "group").Append("\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">");
        svg.Append("<title>").AppendEscaped(string.Format(text.Culture, text.TitleFormat, level.Country is { } country ? text.Place(country) : text.OverviewName)).Append("</title>");
        svg.Append("<desc>").AppendEscaped(linkFor is null ? text.Description : text.Description + " " + text.LinksDescription).Append("</desc>");
        svg.Append("<g class=\"sp-map-regions\" stroke=\"#ffffff\" stroke-width=\"1.5\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">");
        foreach (var region in level.Regions)
        {
            WriteRegion(svg, region, counts.GetValueOrDefault(region.Path), scale, text, linkFor, selected.Contains(region.Path));
        }
        svg.Append("</g>");
        WriteSelection(svg, level, selected);
        legend.Write(svg, text, level.Credit, linkFor, selected);
        return svg.Append("</svg>").ToString();
    }

    private static void WriteRegion(StringBuilder svg, MapRegion region, int count, ColourScale scale, MapText text, Func<string, string>? linkFor, bool active)
    {
        var colour = scale.ClassOf(count);
        var name = text.RegionName(text.Place(region.Path), count, active);
        var linked = linkFor is not null && (count > 0 || active);
        if (linked)
        {
            svg.Append("<a href=\"").AppendEscaped(linkFor!(region.Path)).Append("\" class=\"sp-map-region").Append(active ? " is-selected\" aria-current=\"true" : "")
                .Append("\" aria-label=\"").AppendEscaped(name).Append("\"><title>").AppendEscaped(name).Append("</title>");
        }
        svg.Append("<path d=\"").Append(region.PathData).Append("\" class=\"sp-map-c").Append(colour.Shade).Append("\" fill=\"").Append(colour.Fill)
            .Append("\" data-region=\"").AppendEscaped(region.Path).Append('"');
        if (linked) svg.Append("/>");
        else svg.Append("><title>").AppendEscaped(name).Append("</title></path>");
        if (region.Marker is { } marker)
        {
            svg.AppendMarker(marker)
                .Append(" stroke=\"#57606a\" class=\"sp-map-marker sp-map-c").Append(colour.Shade).Append("\" fill=\"").Append(colour.Fill).Append('"');
            if (linked) svg.Append("/>");
            else svg.Append("><title>").AppendEscaped(name).Append("</title></circle>");
        }
        if (linked) svg.Append("</a>");
    }

    /// <summary>The outlines of the regions whose filter is on, drawn again on top so their neighbours cannot cover the stroke.</summary>
    private static void WriteSelection(StringBuilder svg, MapLevel level, IReadOnlySet<string> selected)
    {
        var outlined = level.Regions.Where(r => selected.Contains(r.Path)).ToArray();
        if (outlined.Length == 0) return;
        svg.Append("<g class=\"sp-map-selection\" fill=\"none\" stroke=\"").Append(SelectedStroke)
            .Append("\" stroke-width=\"5\" stroke-linejoin=\"round\" pointer-events=\"none\" aria-hidden=\"true\">");
        foreach (var region in outlined)
        {
            svg.Append("<path d=\"").Append(region.PathData).Append("\"/>");
            if (region.Marker is { } marker) svg.AppendMarker(marker).Append("/>");
        }
        svg.Append("</g>");
    }

    /// <summary>Opens a marker's <c>circle</c> element: the caller adds attributes and closes it.</summary>
    private static StringBuilder AppendMarker(this StringBuilder svg, (double X, double Y) marker) =>
        svg.Append("<circle cx=\"").AppendNumber(marker.X).Append("\" cy=\"").AppendNumber(marker.Y).Append("\" r=\"11\"");
}
