namespace SearchPortal.Core.Enrichment;

/// <summary>What a name needs before it may stand for a place.</summary>
internal enum PlaceRisk
{
    /// <summary>A safe name: alone it is evidence of its country.</summary>
    None,

    /// <summary>A common word or personal name ("Victoria", "Guerrero"): it resolves only in a country the article already names.</summary>
    NeedsEvidence,

    /// <summary>A name that is mostly something else ("Santa", "Central"): it needs a cue such as "provincia de X" or "X, Tamaulipas".</summary>
    NeedsCue,
}
