namespace SearchPortal.Core.Enrichment;

/// <summary>A name of a criminal group in the tagger's index: whether it is an acronym (must be written in capitals) and whether it needs context.</summary>
internal sealed record GroupAlias(CriminalGroup Group, bool Acronym, bool NeedsContext);
