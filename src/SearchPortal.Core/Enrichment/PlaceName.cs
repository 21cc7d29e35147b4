namespace SearchPortal.Core.Enrichment;

/// <summary>
/// A name the region tagger looks for and the paths it stands for. An alias with no paths
/// suppresses a shorter name inside it ("José de San Martín" is not the department).
/// </summary>
internal sealed record PlaceName(string Name, PlaceNameKind Kind, PlaceLevel Level, IReadOnlyList<string> Paths, bool NeedsContext);
