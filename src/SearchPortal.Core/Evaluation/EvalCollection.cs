namespace SearchPortal.Core.Evaluation;

/// <summary>
/// A loaded test collection: documents, topics and relevance judgments, ready for
/// <see cref="EvaluationRunner"/>. Immutable once loaded, so it can be shared by several runs.
/// </summary>
public sealed record EvalCollection(IReadOnlyList<EvalDocument> Documents, IReadOnlyList<EvalTopic> Topics, Qrels Qrels);
