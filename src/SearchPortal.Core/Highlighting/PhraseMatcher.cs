namespace SearchPortal.Core.Highlighting;

/// <summary>
/// A phrase marked only where its terms occur at the query's relative positions within
/// <see cref="Slop"/>. Each slot holds the alternative term ids of one phrase position (one for a
/// PhraseQuery, several for a MultiPhraseQuery). Immutable once prepared.
/// </summary>
internal sealed class PhraseMatcher(int[][] slots, int[] positions, int slop, int concept, float weight)
{
    public int[][] Slots { get; } = slots;

    /// <summary>Query positions of the slots; gaps are stopwords removed by analysis.</summary>
    public int[] Positions { get; } = positions;

    public int Slop { get; } = slop;

    public int Concept { get; } = concept;

    public float Weight { get; } = weight;
}
