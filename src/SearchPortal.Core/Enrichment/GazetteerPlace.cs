using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// One place of the gazetteer: its display name, its full region path in the form of <see cref="Article.Regions"/> (e.g. "Peru/Madre de Dios/Tambopata",
/// "Mexico/Guanajuato/León"), its level and its population (GeoNames or INEI; for a division the sum of what the
/// gazetteer knows of it, 0 when unknown), used as a prior between places of the same name. Immutable.
/// </summary>
public sealed record GazetteerPlace(string Name, string Path, PlaceLevel Level)
{
    public long Population { get; init; }

    /// <summary>The country, i.e. the first segment of <see cref="Path"/>.</summary>
    public string Country { get; } = Path.Split(Article.RegionSeparator)[0];

    /// <summary>The path of the first-level division the place lies in, or null for a country.</summary>
    public string? Division { get; } = Level == PlaceLevel.Country ? null : string.Join(Article.RegionSeparator, Path.Split(Article.RegionSeparator).Take(2));
}
