using System.Text;

namespace SearchPortal.Core.Facets;

/// <summary>
/// Text normalisation for facet values: trimmed and NFC for what is stored (keys for what users type come from
/// <see cref="Analysis.Folding"/>). Stateless, therefore thread-safe.
/// </summary>
public static class FacetText
{
    /// <summary>Trims and composes a value so "Perú" typed with a combining accent is stored once.</summary>
    public static string Clean(string value) => value.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>
    /// The cleaned levels of a path, from the root: "Peru/ Loreto /Maynas" gives "Peru",
    /// "Peru/Loreto", "Peru/Loreto/Maynas". Empty segments are dropped.
    /// </summary>
    public static IEnumerable<string> PathLevels(string path)
    {
        var segments = path.Split(FacetSchema.PathSeparator)
            .Select(Clean)
            .Where(s => s.Length > 0)
            .ToArray();
        for (var depth = 1; depth <= segments.Length; depth++)
        {
            yield return string.Join(FacetSchema.PathSeparator, segments, 0, depth);
        }
    }
}
