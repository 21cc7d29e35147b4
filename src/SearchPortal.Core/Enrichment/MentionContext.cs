namespace SearchPortal.Core.Enrichment;

/// <summary>What the words around a place name say about it ("provincia de X", "X region", "río X").</summary>
[Flags]
internal enum MentionContext
{
    None = 0,
    Province = 1,
    City = 2,
    Region = 4,
    Blocked = 8,
}
