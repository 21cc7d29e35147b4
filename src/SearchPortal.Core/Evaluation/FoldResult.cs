namespace SearchPortal.Core.Evaluation;

/// <summary>
/// The weights chosen on fold <see cref="TunedOn"/> and their scores on fold <see cref="TestedOn"/>, beside BM25's and
/// the plain portal's (title boost 1, no proximity) on that fold. Immutable.
/// </summary>
public sealed record FoldResult(string TunedOn, string TestedOn, float TitleBoost, float ProximityBoost, FoldScore Tested, FoldScore Bm25, FoldScore Plain);
