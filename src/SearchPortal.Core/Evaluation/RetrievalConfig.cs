namespace SearchPortal.Core.Evaluation;

/// <summary>
/// What to evaluate: the ranking model and how many documents to retrieve per topic (trec_eval
/// convention: 1,000). <see cref="AnseriniBm25"/> reproduces Anserini's published CACM baseline;
/// <see cref="Portal"/> is the portal's own ranking.
/// Immutable.
/// </summary>
public sealed record RetrievalConfig(IRetrievalModel Model, int Depth = 1000)
{
    /// <summary>Anserini's <c>-bm25</c>: k1 = 0.9, b = 0.4, Lucene 9 length encoding, top 1,000.</summary>
    public static RetrievalConfig AnseriniBm25 { get; } = new(BagOfWordsBm25Model.Lucene9());

    /// <summary>The same with Lucene.Net 4.8's stock BM25 similarity.</summary>
    public static RetrievalConfig StockLucene48Bm25 { get; } = new(BagOfWordsBm25Model.StockLucene48());

    /// <summary>The portal's own ranking as it ships (<see cref="PortalRankingModel.Default"/>), top 1,000.</summary>
    public static RetrievalConfig Portal { get; } = new(PortalRankingModel.Default);
}
