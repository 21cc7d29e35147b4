namespace SearchPortal.Core.Facets;

/// <summary>
/// The documents of a segment's rarer slots of one dimension (an inverted list per slot, docs ascending),
/// so a selection of rare values visits only their documents instead of every match of the base query.
/// Slots more frequent than the limit it is built with (<see cref="SegmentFacetData.PostingsMaxDocFreq"/>) are left out to bound memory; such selections are
/// never cheap to drive from anyway. Immutable, therefore thread-safe.
/// </summary>
internal sealed class OrdinalPostings(int[] starts, int[] docs)
{
    /// <summary>The documents of a slot whose document frequency is at most the limit it was built with (other slots are empty).</summary>
    public ReadOnlySpan<int> Docs(int slot) => docs.AsSpan(starts[slot], starts[slot + 1] - starts[slot]);
}
