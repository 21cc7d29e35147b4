using SearchPortal.Core.Facets;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Pages;

/// <summary>The sidebar's naming of facet controls: stable element ids per value, and the find-as-you-type box of long lists. Stateless.</summary>
public static class FacetFinder
{
    /// <summary>A flat list this long gets a box that finds values as you type (and fetches those beyond the list).</summary>
    public const int MinValues = 8;

    /// <summary>The element id of a value's checkbox, the same on every page, so focus can return to it after an update.</summary>
    public static string Id(FacetDimension dimension, string value) =>
        $"f-{dimension.Parameter}-{Math.Abs(StringComparer.Ordinal.GetHashCode(value)):x}";

    /// <summary>"Find an outlet"; "Find a value of {dimension}" for a dimension without its own wording.</summary>
    public static string Placeholder(UiText text, FacetDimension dimension)
    {
        var key = $"filters.{dimension.Name}.find";
        var own = text[key];
        return own != key ? own : text.Format("filters.find", text["dim." + dimension.Name].ToLower(text.Culture));
    }
}
