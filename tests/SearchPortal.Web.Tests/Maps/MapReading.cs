using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;

namespace SearchPortal.Web.Tests.Maps;

/// <summary>Reads back what a rendered map says: region facet value → the count its accessible name or title gives.</summary>
internal static partial class MapReading
{
    /// <summary>The counts of a map panel on a page: outlined regions, the off-map links and the ranked list.</summary>
    public static Dictionary<string, int> FromPage(IDocument page)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in page.QuerySelectorAll("#map path[data-region]"))
        {
            var name = path.ParentElement?.LocalName == "a" ? path.ParentElement.GetAttribute("aria-label")! : path.QuerySelector("title")!.TextContent;
            counts[path.GetAttribute("data-region")!] = CountIn(name);
        }
        foreach (var link in page.QuerySelectorAll("#map a.sp-map-offmap, #map .map-ranked a"))
        {
            counts[link.GetAttribute("data-region")!] = CountIn(link.GetAttribute("aria-label")!);
        }
        return counts;
    }

    /// <summary>The counts of the outlined regions of a standalone SVG map (<c>/api/map</c>).</summary>
    public static Dictionary<string, int> FromSvg(string svg)
    {
        XNamespace ns = "http://www.w3.org/2000/svg";
        return XDocument.Parse(svg).Descendants(ns + "path")
            .Where(p => p.Attribute("data-region") is not null)
            .ToDictionary(p => p.Attribute("data-region")!.Value, p => CountIn(p.Element(ns + "title")!.Value), StringComparer.Ordinal);
    }

    /// <summary>"Madre de Dios: 12 articles (active filter)" → 12; "Lima: 1.234 artículos" → 1234.</summary>
    public static int CountIn(string name)
    {
        var match = CountPattern().Match(name);
        Assert.True(match.Success, $"no count in '{name}'");
        return int.Parse(match.Groups[1].Value.Replace(",", "").Replace(".", ""), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@": ([\d.,]+) art", RegexOptions.CultureInvariant)]
    private static partial Regex CountPattern();
}
