namespace SearchPortal.Core.Evaluation;

/// <summary>One weight pair of the grid and its scores on fold A and fold B. Immutable.</summary>
public sealed record GridPoint(float TitleBoost, float ProximityBoost, IReadOnlyList<FoldScore> Scores);
