using SearchPortal.Core.Facets;
using SearchPortal.Core.Search;
using SearchPortal.Web.Maps;

namespace SearchPortal.Web.Pages;

/// <summary>
/// The map panel of the results page (<c>_MapPanel.cshtml</c>): which view the region filters ask for, the counts
/// (the same response's region facet, the one the tree shows) and the link each region carries. One per request.
/// </summary>
/// <remarks>
/// A region's link toggles its filter as the tree's checkbox does, with one difference: values of one dimension are
/// ORed, so ticking a department while its country is selected would change nothing. The map therefore replaces:
/// turning a region on removes its ancestors and descendants from the filter ("Peru" → "Peru/Madre de Dios"), and
/// turning off the last selected region of a country puts the country back, so the map stays on that country.
/// </remarks>
public sealed class MapPanel
{
    private readonly SearchLinks _links;

    public MapPanel(MapAtlas atlas, SearchResponse results, SearchLinks links, IEnumerable<string> selectedRegions, string language)
    {
        _links = links;
        Selected = selectedRegions.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).ToArray();
        Text = MapText.For(language);
        Counts = MapCounts.From(results.Facets);
        View = atlas.ViewFor(Selected);
    }

    public MapText Text { get; }

    public MapView View { get; }

    /// <summary>Articles per region facet value, from the response's region facet.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>The region filters in force, each once.</summary>
    public IReadOnlyList<string> Selected { get; }

    /// <summary>The map as SVG markup, regions as links; null when the view is a ranked list.</summary>
    public string? Svg => View.Level is { } level
        ? MapSvg.Render(level, Counts, Text, LinkFor, Selected.ToHashSet(StringComparer.Ordinal))
        : null;

    /// <summary>The link back to the overview: every region filter removed.</summary>
    public string Overview => _links.Remove(FacetSchema.Region.Parameter);

    public bool IsSelected(string region) => Selected.Contains(region, StringComparer.Ordinal);

    /// <summary>The page's URL with <paramref name="region"/>'s filter toggled (see the remarks on the class).</summary>
    public string LinkFor(string region) => _links.WithValues(FacetSchema.Region.Parameter, Toggle(Selected, region));

    /// <summary>The region filter values after toggling <paramref name="region"/> on the map.</summary>
    public static IReadOnlyList<string> Toggle(IReadOnlyList<string> selected, string region)
    {
        if (selected.Contains(region, StringComparer.Ordinal))
        {
            var rest = selected.Where(r => r != region).ToList();
            var country = region.Split(FacetSchema.PathSeparator)[0];
            if (country != region && !rest.Any(r => r == country || Within(r, country))) rest.Add(country);
            return rest;
        }
        return [.. selected.Where(r => !Within(region, r) && !Within(r, region)), region];
    }

    /// <summary>Whether <paramref name="path"/> lies below <paramref name="ancestor"/> ("Peru/Lima" below "Peru").</summary>
    private static bool Within(string path, string ancestor) =>
        path.Length > ancestor.Length && path[ancestor.Length] == FacetSchema.PathSeparator && path.StartsWith(ancestor, StringComparison.Ordinal);
}
