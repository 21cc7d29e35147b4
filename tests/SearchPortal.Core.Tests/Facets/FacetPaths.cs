using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>Selected values as text, for comparing a selection with expected values.</summary>
internal static class FacetPaths
{
    public static List<string> Texts(this IEnumerable<FacetPath> values) => values.Select(v => v.Value).ToList();
}
