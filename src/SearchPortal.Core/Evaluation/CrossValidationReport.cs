namespace SearchPortal.Core.Evaluation;

/// <summary>What <see cref="CrossValidation.Run"/> measured: fold sizes, the BM25 reference per fold, the grid, and one result per tuning fold. Immutable.</summary>
public sealed record CrossValidationReport(IReadOnlyList<int> FoldSizes, IReadOnlyList<FoldScore> Bm25, IReadOnlyList<GridPoint> Grid, IReadOnlyList<FoldResult> Folds);
