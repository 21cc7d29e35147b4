using SearchPortal.Core.Facets;

namespace SearchPortal.Web.Maps;

/// <summary>
/// One outlined region of a <see cref="MapLevel"/>: its region facet value (<see cref="Path"/>, e.g. "Peru" or
/// "Peru/Madre de Dios", spelt as the gazetteer spells it) and its projected SVG path data (plus a marker when it is tiny),
/// computed once at start-up. Immutable.
/// </summary>
public sealed record MapRegion(string Path, string PathData)
{
    /// <summary>What the map shows: the last segment of the path, as the region tree shows it.</summary>
    public string Label { get; } = LabelOf(Path);

    /// <summary>The centre of a marker drawn over a region too small to see or to hit, in user units; null for most.</summary>
    public (double X, double Y)? Marker { get; init; }

    /// <summary>The last segment of a region facet value: "Madre de Dios" for "Peru/Madre de Dios".</summary>
    public static string LabelOf(string path) => path[(path.LastIndexOf(FacetSchema.PathSeparator) + 1)..];
}
