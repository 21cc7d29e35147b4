using System.Globalization;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Maps;

/// <summary>
/// The words of a map in one UI language (<see cref="For"/>: "en" or "es"), kept beside the renderer so the map
/// can be drawn outside a page (the API, exports). Immutable; the two instances are shared.
/// </summary>
public sealed record MapText
{
    public static MapText English { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("en"),
        OverviewName = "Latin America and the Caribbean",
        TitleFormat = "Articles by region: {0}",
        Description = "Darker regions have more articles; grey regions have none.",
        LinksDescription = "Each region with articles is a link that adds or removes its filter.",
        LegendTitle = "Articles",
        OneArticle = "1 article",
        ArticlesFormat = "{0:N0} articles",
        ActiveFilter = "active filter",
        NotOnMap = "Not on the map:",
        OutlinesCredit = "Outlines: {0}",
        PanelHeading = "Map of the results",
        AllCountries = "All countries",
        RankedFormat = "{0} has no division outlines on the map yet; its regions by articles:",
        NoDivisions = "No article names a region of {0}.",
        ImageExport = "Map (SVG)",
    };

    public static MapText Spanish { get; } = new()
    {
        Culture = CultureInfo.GetCultureInfo("es"),
        OverviewName = "América Latina y el Caribe",
        TitleFormat = "Artículos por región: {0}",
        Description = "Las regiones más oscuras tienen más artículos; las grises, ninguno.",
        LinksDescription = "Cada región con artículos es un enlace que añade o quita su filtro.",
        LegendTitle = "Artículos",
        OneArticle = "1 artículo",
        ArticlesFormat = "{0:N0} artículos",
        ActiveFilter = "filtro activo",
        NotOnMap = "Fuera del mapa:",
        OutlinesCredit = "Contornos: {0}",
        PanelHeading = "Mapa de los resultados",
        AllCountries = "Todos los países",
        RankedFormat = "El mapa aún no tiene los contornos de las regiones de {0}; sus regiones por artículos:",
        NoDivisions = "Ningún artículo nombra una región de {0}.",
        ImageExport = "Mapa (SVG)",
    };

    /// <summary>Formats numbers: "1,234" in English, "1.234" in Spanish.</summary>
    public required CultureInfo Culture { get; init; }

    public required string OverviewName { get; init; }

    /// <summary>The map's title; {0} is <see cref="OverviewName"/> or the country.</summary>
    public required string TitleFormat { get; init; }

    public required string Description { get; init; }

    /// <summary>Added to <see cref="Description"/> when the regions are links.</summary>
    public required string LinksDescription { get; init; }

    public required string LegendTitle { get; init; }

    public required string OneArticle { get; init; }

    /// <summary>{0} is the count, two or more (or zero).</summary>
    public required string ArticlesFormat { get; init; }

    /// <summary>Appended in parentheses to the name of a region whose filter is on.</summary>
    public required string ActiveFilter { get; init; }

    public required string NotOnMap { get; init; }

    /// <summary>{0} is the level's credit.</summary>
    public required string OutlinesCredit { get; init; }

    /// <summary>The heading of the results page's map panel.</summary>
    public required string PanelHeading { get; init; }

    /// <summary>The link from a country's map back to the overview.</summary>
    public required string AllCountries { get; init; }

    /// <summary>Introduces the ranked list of a country without division outlines; {0} is the country.</summary>
    public required string RankedFormat { get; init; }

    /// <summary>Shown instead of an empty ranked list; {0} is the country.</summary>
    public required string NoDivisions { get; init; }

    /// <summary>The export menu's link to the map as an SVG file.</summary>
    public required string ImageExport { get; init; }

    public static MapText For(string language) => language == "es" ? Spanish : English;

    /// <summary>"Madre de Dios: 12 articles", "Madre de Dios: 1 artículo (filtro activo)".</summary>
    public string RegionName(string label, int count, bool active) =>
        $"{label}: {Articles(count)}{(active ? $" ({ActiveFilter})" : "")}";

    public string Articles(int count) => count == 1 ? OneArticle : string.Format(Culture, ArticlesFormat, count);

    public string Number(int count) => count.ToString("N0", Culture);

    /// <summary>A region path's last level named as the facets name it in this language ("Perú" for "Peru" in Spanish).</summary>
    public string Place(string path) => UiText.ForLanguage(Culture.TwoLetterISOLanguageName).Place(path);
}
