using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Facets;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Pages;

/// <summary>
/// Facet values as a page words them in the UI language: languages by name, crime types by the taxonomy's Spanish
/// labels, places by their Spanish names (<see cref="UiText.Place"/>), any other value as the index holds it.
/// Stateless and thread-safe.
/// </summary>
public static class FacetLabels
{
    private static readonly CrimeTaxonomy Taxonomy = CrimeTaxonomy.LoadDefault();

    public static string For(UiText text, FacetDimension dimension, FacetValue value) => For(text, dimension, value.Value, value.Label);

    /// <summary>The label of one value: for a path, its last level.</summary>
    public static string For(UiText text, FacetDimension dimension, string value, string? label = null) => dimension switch
    {
        _ when dimension == FacetSchema.Language => text["lang." + value],
        _ when dimension == FacetSchema.Crime && text.Language == "es" => Taxonomy.FindByLabel(value)?.LabelEs ?? value,
        { Hierarchical: true } => text.Place(value),
        _ => label ?? value,
    };

    /// <summary>The value in full, as chips and tags show it: every level of a path ("Perú › Madre de Dios").</summary>
    public static string Full(UiText text, FacetDimension dimension, string value) =>
        dimension.Hierarchical ? text.RegionPath(value) : For(text, dimension, value);

    /// <summary>The dimension a URL parameter filters ("lang" is the language), or null.</summary>
    public static FacetDimension? ByParameter(string parameter) =>
        FacetSchema.All.FirstOrDefault(d => string.Equals(d.Parameter, parameter, StringComparison.OrdinalIgnoreCase));
}
