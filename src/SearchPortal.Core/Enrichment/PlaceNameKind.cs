namespace SearchPortal.Core.Enrichment;

/// <summary>How a name refers to a place: its own name, an alias (city, spelling), or a demonym.</summary>
internal enum PlaceNameKind
{
    Place,
    Alias,
    Demonym,
}
