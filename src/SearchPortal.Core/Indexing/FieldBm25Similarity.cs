using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// Lucene.Net 4.8's BM25 with a field's statistics taken over the documents that have the field, as Lucene 6 and later
/// do: idf from <c>docCount</c> and the average length <c>sumTotalTermFreq / docCount</c>. Lucene 4.8 divides by every
/// document of the index instead, which in a mixed-language index makes a minority language's field look short on
/// average (each of its articles "too long", its matches scored down) and its words rare (scored up): with 1,000 Spanish
/// articles among 21,000 the average Spanish body came out 20 times too short, so Spanish matches lost to English
/// ones. On a one-language collection the figures do not move. Norms are the stock ones (k1 and b, and these statistics,
/// act at search time only). Immutable and thread-safe.
/// </summary>
public sealed class FieldBm25Similarity(float k1, float b) : BM25Similarity(k1, b)
{
    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var docCount = DocCount(collectionStats);
        var idf = Idf(termStats.DocFreq, docCount);
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, docCount={docCount})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var docCount = DocCount(collectionStats);
        var explanation = new Explanation { Description = "idf(), sum of:" };
        var idf = 0f;
        foreach (var stats in termStats)
        {
            var termIdf = Idf(stats.DocFreq, docCount);
            explanation.AddDetail(new Explanation(termIdf, $"idf(docFreq={stats.DocFreq}, docCount={docCount})"));
            idf += termIdf;
        }
        explanation.Value = idf;
        return explanation;
    }

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var sumTotalTermFreq = collectionStats.SumTotalTermFreq;
        return sumTotalTermFreq <= 0 ? 1f : (float)(sumTotalTermFreq / (double)DocCount(collectionStats));
    }

    public override string ToString() => $"FieldBM25(k1={K1},b={B})";

    // Lucene reports -1 for a statistic the codec does not keep; fall back to every document, as Lucene 4.8 does.
    private static long DocCount(CollectionStatistics collectionStats) =>
        collectionStats.DocCount > 0 ? collectionStats.DocCount : collectionStats.MaxDoc;
}
