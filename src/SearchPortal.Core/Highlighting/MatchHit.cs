namespace SearchPortal.Core.Highlighting;

/// <summary>
/// A matched range of the stored text. <see cref="Concept"/> is the query concept it counts for in
/// passage scoring, or -1 for a range that is only marked (the later words of a sloppy phrase).
/// </summary>
internal readonly record struct MatchHit(int Start, int End, int Concept, float Weight, bool IsPhrase);
