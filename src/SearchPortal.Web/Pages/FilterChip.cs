using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Pages;

/// <summary>How an active filter (URL parameter and value) is named on chips and in the empty state. Stateless.</summary>
public static class FilterChip
{
    public static string Label(UiText text, string parameter, string value) => parameter switch
    {
        "yearFrom" => $"{text["filters.years.from"]} {value}",
        "yearTo" => $"{text["filters.years.to"]} {value}",
        _ when FacetLabels.ByParameter(parameter) is { } dimension => FacetLabels.Full(text, dimension, value),
        _ => value,
    };
}
