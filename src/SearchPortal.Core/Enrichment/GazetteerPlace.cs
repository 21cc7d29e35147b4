namespace SearchPortal.Core.Enrichment;

/// <summary>One place of the gazetteer: its display name and its full path, e.g. "Peru/Madre de Dios/Tambopata". Immutable.</summary>
public sealed record GazetteerPlace(string Name, string Path, PlaceLevel Level);
