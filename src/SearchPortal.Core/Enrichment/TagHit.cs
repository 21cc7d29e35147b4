namespace SearchPortal.Core.Enrichment;

/// <summary>One occurrence of a tag value (crime type, group) at a character offset of the enriched text.</summary>
internal readonly record struct TagHit(string Value, int Offset);
