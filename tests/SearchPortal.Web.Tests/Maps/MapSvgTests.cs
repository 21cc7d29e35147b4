using System.Text;
using System.Xml.Linq;
using SearchPortal.Web.Maps;

namespace SearchPortal.Web.Tests.Maps;

public sealed class MapSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_OverviewWithEveryCountryLinked_StaysUnder150KB()
    {
        // Arrange
        var counts = MapSamples.Atlas.Overview.Regions.ToDictionary(r => r.Path, _ => 1_234);

        // Act
        var svg = MapSvg.Render(MapSamples.Atlas.Overview, counts, MapText.Spanish, MapSamples.Link, new HashSet<string> { "Peru" });

        // Assert
        Assert.InRange(Encoding.UTF8.GetByteCount(svg), 10_000, 150_000);
    }

    [Fact]
    public void Render_PeruWithEveryDepartmentLinked_StaysUnder100KB()
    {
        // Arrange
        var counts = MapSamples.Peru.Regions.ToDictionary(r => r.Path, _ => 1_234);

        // Act
        var svg = MapSvg.Render(MapSamples.Peru, counts, MapText.Spanish, MapSamples.Link, new HashSet<string> { "Peru/Madre de Dios" });

        // Assert
        Assert.InRange(Encoding.UTF8.GetByteCount(svg), 10_000, 100_000);
    }

    [Fact]
    public void Render_RandomCountsWithOneDominant_PaintsEachRegionInTheLegendClassOfItsCount()
    {
        // Arrange
        var random = new Random(1919);
        foreach (var level in Enumerable.Repeat(MapSamples.Atlas.Overview, 100).Concat(Enumerable.Repeat(MapSamples.Peru, 100)))
        {
            var counts = MapSamples.RandomCounts(random, level);

            // Act
            var map = XDocument.Parse(MapSvg.Render(level, counts, MapText.English, MapSamples.Link));

            // Assert
            var legend = map.Descendants(Svg + "rect").Where(r => r.Attribute("data-from") is not null)
                .Select(r => (From: (int)r.Attribute("data-from")!, To: (int)r.Attribute("data-to")!, Class: r.Attribute("class")!.Value, Fill: r.Attribute("fill")!.Value))
                .ToList();
            var regions = map.Descendants(Svg + "path").Where(p => p.Attribute("data-region") is not null).ToList();
            Assert.Equal(level.Regions.Count, regions.Count);
            Assert.InRange(legend.Select(l => l.Class).Distinct().Count(), 4, 6);
            foreach (var region in regions)
            {
                var count = counts.GetValueOrDefault(region.Attribute("data-region")!.Value);
                var expected = Assert.Single(legend, l => l.From <= count && count <= l.To);
                Assert.Equal(expected.Class, region.Attribute("class")!.Value);
                Assert.Equal(expected.Fill, region.Attribute("fill")!.Value);
            }
        }
    }

    [Fact]
    public void Render_ZeroAndMissingCounts_AreTheGreyZeroClassWithoutLinks()
    {
        // Act
        var map = XDocument.Parse(MapSvg.Render(MapSamples.Atlas.Overview, MapSamples.Countries, MapText.English, MapSamples.Link));

        // Assert
        foreach (var country in new[] { "Chile", "Argentina" })
        {
            var path = map.Descendants(Svg + "path").Single(p => (string?)p.Attribute("data-region") == country);
            Assert.Equal("sp-map-c0", (string?)path.Attribute("class"));
            Assert.Equal(ColourScale.Fills[0], (string?)path.Attribute("fill"));
            Assert.NotEqual(Svg + "a", path.Parent!.Name);
            Assert.Equal($"{country}: 0 articles", path.Element(Svg + "title")!.Value);
        }
        Assert.Single(map.Descendants(Svg + "rect"), r => (string?)r.Attribute("data-to") == "0");
    }

    [Fact]
    public void Render_WithLinks_EveryRegionWithArticlesIsANamedLinkWithATooltip()
    {
        // Act
        var map = XDocument.Parse(MapSvg.Render(MapSamples.Peru, MapSamples.Departments, MapText.English, MapSamples.Link));

        // Assert
        var links = map.Descendants(Svg + "a").Where(a => (string?)a.Attribute("class") == "sp-map-region").ToList();
        var withArticles = MapSamples.Departments.Where(c => c.Value > 0 && MapSamples.Peru.HasOutline(c.Key)).ToList();
        Assert.Equal(withArticles.Count, links.Count);
        foreach (var (region, count) in withArticles)
        {
            var link = links.Single(a => (string?)a.Element(Svg + "path")!.Attribute("data-region") == region);
            var name = $"{MapRegion.LabelOf(region)}: {(count == 1 ? "1 article" : $"{count:N0} articles")}";
            Assert.Equal(MapSamples.Link(region), (string?)link.Attribute("href"));
            Assert.Equal(name, (string?)link.Attribute("aria-label"));
            Assert.Equal(name, link.Element(Svg + "title")!.Value);
        }
        Assert.Contains(links, a => (string?)a.Attribute("aria-label") == "Madre de Dios: 12 articles");
        Assert.Contains(links, a => (string?)a.Attribute("aria-label") == "San Martín: 1 article");
        Assert.Equal("group", (string?)map.Root!.Attribute("role"));
        Assert.Equal("Articles by region: Peru", map.Root.Element(Svg + "title")!.Value);
        Assert.NotEmpty(map.Root.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Render_Spanish_NamesRegionsAndLegendInSpanish()
    {
        // Arrange
        var counts = new Dictionary<string, int>(MapSamples.Departments) { ["Peru/Lima"] = 1_500 };

        // Act
        var svg = MapSvg.Render(MapSamples.Peru, counts, MapText.Spanish, MapSamples.Link);

        // Assert
        var map = XDocument.Parse(svg);
        var names = map.Descendants(Svg + "a").Select(a => (string?)a.Attribute("aria-label")).ToList();
        Assert.Contains("Madre de Dios: 12 artículos", names);
        Assert.Contains("San Martín: 1 artículo", names);
        Assert.Contains("Lima: 1.500 artículos", names);
        Assert.Equal("Artículos por región: Perú", map.Root!.Element(Svg + "title")!.Value);
        Assert.Contains(map.Descendants(Svg + "text"), t => t.Value == "Artículos");
        Assert.Contains(map.Descendants(Svg + "text"), t => t.Value == "Contornos: juaneladio/peru-geojson (MPL-2.0)");
    }

    [Fact]
    public void Render_SpanishOverview_NamesCountriesAsTheSpanishFacetsDo()
    {
        // Act
        var svg = MapSvg.Render(MapSamples.Atlas.Overview, MapSamples.Countries, MapText.Spanish, MapSamples.Link);

        // Assert
        var names = XDocument.Parse(svg).Descendants(Svg + "a").Select(a => (string?)a.Attribute("aria-label")).ToList();
        Assert.Contains("Brasil: 42 artículos", names);
        Assert.Contains("Perú: 1.240 artículos", names);
        Assert.Contains("México: 160 artículos", names);
        Assert.DoesNotContain(names, n => n!.StartsWith("Brazil", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SelectedRegion_IsMarkedOutlinedOnTopAndStaysALinkAtZero()
    {
        // Arrange
        var selected = new HashSet<string> { "Peru/Madre de Dios", "Peru/Ucayali" };

        // Act
        var map = XDocument.Parse(MapSvg.Render(MapSamples.Peru, MapSamples.Departments, MapText.English, MapSamples.Link, selected));

        // Assert
        var current = map.Descendants(Svg + "a").Where(a => (string?)a.Attribute("aria-current") == "true").ToList();
        Assert.Equal(["Madre de Dios: 12 articles (active filter)", "Ucayali: 0 articles (active filter)"], current.Select(a => (string?)a.Attribute("aria-label")).Order());
        Assert.All(current, a => Assert.Equal("sp-map-region is-selected", (string?)a.Attribute("class")));
        var overlay = map.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "sp-map-selection");
        Assert.Equal(2, overlay.Elements(Svg + "path").Count());
        Assert.Same(map.Root!.Elements().Last(e => e.Name == Svg + "g" && (string?)e.Attribute("class") != "sp-map-legend"), overlay);
    }

    [Fact]
    public void Render_BarbadosWithArticles_ListsItBelowTheMapAsALink()
    {
        // Act
        var map = XDocument.Parse(MapSvg.Render(MapSamples.Atlas.Overview, MapSamples.Countries, MapText.English, MapSamples.Link));

        // Assert
        var link = map.Descendants(Svg + "a").Single(a => (string?)a.Attribute("class") == "sp-map-offmap");
        Assert.Equal("Barbados: 2 articles", (string?)link.Attribute("aria-label"));
        Assert.Equal(MapSamples.Link("Barbados"), (string?)link.Attribute("href"));
        Assert.StartsWith("Not on the map: Barbados (2)", link.Parent!.Value);
    }

    [Theory]
    [InlineData("Peru/Callao")]
    [InlineData("Trinidad and Tobago")]
    public void Render_TinyRegion_GetsAMarkerInsideItsLink(string region)
    {
        // Arrange
        var level = region.StartsWith("Peru/", StringComparison.Ordinal) ? MapSamples.Peru : MapSamples.Atlas.Overview;
        var counts = new Dictionary<string, int> { [region] = 3, [level.Regions[0].Path] = 50 };

        // Act
        var map = XDocument.Parse(MapSvg.Render(level, counts, MapText.English, MapSamples.Link));

        // Assert
        var link = map.Descendants(Svg + "a").Single(a => a.Element(Svg + "path")?.Attribute("data-region")?.Value == region);
        var marker = Assert.Single(link.Elements(Svg + "circle"));
        Assert.Equal(link.Element(Svg + "path")!.Attribute("fill")!.Value, marker.Attribute("fill")!.Value);
        var large = map.Descendants(Svg + "a").Single(a => a.Element(Svg + "path")?.Attribute("data-region")?.Value == level.Regions[0].Path);
        Assert.Empty(large.Elements(Svg + "circle"));
    }

    [Fact]
    public void Render_CountsOfOtherLevels_AreIgnored()
    {
        // Arrange
        var counts = new Dictionary<string, int> { ["Peru/Loreto"] = 4, ["Peru"] = 900, ["Peru/Loreto/Maynas"] = 700, ["Brazil/Acre"] = 800 };

        // Act
        var map = XDocument.Parse(MapSvg.Render(MapSamples.Peru, counts, MapText.English, MapSamples.Link));

        // Assert
        var legend = map.Descendants(Svg + "rect").Where(r => r.Attribute("data-from") is not null).ToList();
        Assert.Equal(4, (int)legend[^1].Attribute("data-to")!);
        Assert.Single(map.Descendants(Svg + "a"));
    }

    [Fact]
    public void Render_WithoutLinkBuilder_IsAnImageWithoutLinks()
    {
        // Act
        var map = XDocument.Parse(MapSvg.Render(MapSamples.Atlas.Overview, MapSamples.Countries, MapText.English));

        // Assert
        Assert.Equal("img", (string?)map.Root!.Attribute("role"));
        Assert.Empty(map.Descendants(Svg + "a"));
        Assert.Contains(map.Descendants(Svg + "title"), t => t.Value == "Peru: 1,240 articles");
        Assert.Contains(map.Descendants(Svg + "text"), t => t.Value.Contains("Barbados (2)"));
    }

    [Fact]
    public void Render_AnyLevelLanguageAndSelection_IsXmlWithoutScriptEventHandlersOrInlineStyle()
    {
        // Arrange
        var renders = new[] { MapText.English, MapText.Spanish }.SelectMany(text => new[]
        {
            MapSvg.Render(MapSamples.Atlas.Overview, MapSamples.Countries, text, MapSamples.Link, new HashSet<string> { "Peru", "Barbados" }),
            MapSvg.Render(MapSamples.Peru, MapSamples.Departments, text, MapSamples.Link, new HashSet<string> { "Peru/Lima" }),
            MapSvg.Render(MapSamples.Peru, new Dictionary<string, int>(), text),
        });

        foreach (var svg in renders)
        {
            // Act
            var map = XDocument.Parse(svg);

            // Assert
            Assert.Equal(Svg + "svg", map.Root!.Name);
            Assert.Matches(@"^0 0 1000 \d+(\.\d)?$", (string?)map.Root.Attribute("viewBox"));
            var elements = map.Descendants().ToList();
            Assert.DoesNotContain(elements, e => e.Name.LocalName is "script" or "style" or "foreignObject");
            Assert.DoesNotContain(elements.SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name.LocalName == "style");
            Assert.DoesNotContain(elements.SelectMany(e => e.Attributes()), a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Render_HrefWithMarkupCharacters_IsEscapedAndReadsBackUnchanged()
    {
        // Arrange
        const string href = "/?q=\"a\"&b=<x>&region=Peru%2FLoreto";

        // Act
        var map = XDocument.Parse(MapSvg.Render(MapSamples.Peru, MapSamples.Departments, MapText.English, _ => href));

        // Assert
        Assert.All(map.Descendants(Svg + "a"), a => Assert.Equal(href, (string?)a.Attribute("href")));
    }
}
