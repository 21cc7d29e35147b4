using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Facets;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Pages;

/// <summary>Facet labels in the UI language: crime types from the taxonomy's Spanish labels, languages by name.</summary>
public static class FacetLabels
{
    private static readonly CrimeTaxonomy Taxonomy = CrimeTaxonomy.LoadDefault();

    public static string For(UiText text, string dimension, FacetValue value) => For(text, dimension, value.Value, value.Label);

    public static string For(UiText text, string dimension, string value, string? label = null) => dimension switch
    {
        "language" => text["lang." + value],
        "crime" when text.Language == "es" => Taxonomy.FindByLabel(value)?.LabelEs ?? value,
        "region" => label ?? value.Split(FacetSchema.PathSeparator)[^1],
        _ => label ?? value,
    };
}
