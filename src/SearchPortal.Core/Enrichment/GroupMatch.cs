namespace SearchPortal.Core.Enrichment;

/// <summary>A group name found at words <see cref="Start"/>..Start+<see cref="Length"/> (character <see cref="Offset"/>), its possible groups, and whether a group word is near.</summary>
internal sealed record GroupMatch(int Start, int Length, int Offset, IReadOnlyList<GroupAlias> Aliases, bool Cue);
