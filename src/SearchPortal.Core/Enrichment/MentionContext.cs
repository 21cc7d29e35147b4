namespace SearchPortal.Core.Enrichment;

/// <summary>What the words around a place name say about it ("provincia de X", "the state of X", "río X", "X Cartel").</summary>
[Flags]
internal enum MentionContext
{
    None = 0,
    Province = 1,
    City = 2,
    Region = 4,
    Blocked = 8,
    State = 16,
    Department = 32,

    /// <summary>"the governor of X": X is a first-level division.</summary>
    Governor = 64,

    /// <summary>"the mayor of X": X is a town (or a Peruvian province).</summary>
    Mayor = 128,

    /// <summary>"the X Cartel", "cártel de X", "Grupo de X": the name is part of an organisation's name.</summary>
    Organisation = 256,

    /// <summary>Any cue that names the kind of place.</summary>
    Level = Province | City | Region | State | Department | Governor | Mayor,
}
