namespace SearchPortal.Core.Evaluation;

/// <summary>One disagreement with the labels: the article, the dimension, the tag and whether it was given but not expected (extra) or expected but missing.</summary>
public sealed record TagError(string ArticleId, string Dimension, string Tag, bool Extra);
