namespace SearchPortal.Core.Evaluation;

/// <summary>MAP and nDCG@10 of one ranking on one fold (trec_eval <c>-c</c>). Immutable.</summary>
public sealed record FoldScore(double Map, double Ndcg10);
