namespace SearchPortal.Core.Evaluation;

/// <summary>
/// One line of a run: a document and the score written for it. The score is a double because
/// trec_eval reads the printed score back as one and ranks by it. Immutable.
/// </summary>
public sealed record ScoredDoc(string DocId, double Score);
