namespace SearchPortal.Core.Evaluation;

/// <summary>
/// trec_eval's figures for one evaluated topic: average precision, precision at 30, nDCG at 10,
/// and the counts behind them (relevant in the qrels, retrieved, relevant among the retrieved). Immutable.
/// </summary>
public sealed record TopicResult(
    string TopicId,
    double AveragePrecision,
    double PrecisionAt30,
    double NdcgAt10,
    int Relevant,
    int Retrieved,
    int RelevantRetrieved);
