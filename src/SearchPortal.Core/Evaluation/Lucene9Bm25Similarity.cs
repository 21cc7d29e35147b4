using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// BM25 as Lucene 9/10 computes it, for Lucene.Net 4.8, so that runs reproduce Anserini's.
/// Lucene 4.8's <see cref="BM25Similarity"/> stores a document's length as one lossy byte of
/// 1/sqrt(length) (SmallFloat.floatToByte315, three mantissa bits: every length from 41 to 64
/// decodes as 64, so documents of quite different lengths score alike; on CACM that costs 0.002 MAP
/// and reorders almost every top 10). Lucene 7+ stores the length itself with
/// <see cref="LengthNorm"/> (exact up to 23, four significant bits above), drops the
/// ranking-neutral (k1 + 1) factor and evaluates
/// <c>w − w / (1 + freq / (k1 · (1 − b + b · dl / avgdl)))</c> with <c>w = boost · idf</c>,
/// idf = ln(1 + (N − n + 0.5) / (n + 0.5)), N = documents with the field, in that float order.
/// Norms written by this similarity are only readable by it: index and search with the same
/// instance. Immutable and thread-safe.
/// </summary>
public sealed class Lucene9Bm25Similarity : Similarity
{
    private static readonly float[] LengthTable = Enumerable.Range(0, 256).Select(i => (float)LengthNorm.Decode((byte)i)).ToArray();

    public Lucene9Bm25Similarity(float k1 = 0.9f, float b = 0.4f)
    {
        if (!float.IsFinite(k1) || k1 < 0) throw new ArgumentOutOfRangeException(nameof(k1), k1, "k1 must be finite and non-negative.");
        if (float.IsNaN(b) || b < 0 || b > 1) throw new ArgumentOutOfRangeException(nameof(b), b, "b must be within [0, 1].");
        K1 = k1;
        B = b;
    }

    public float K1 { get; }

    public float B { get; }

    /// <summary>The token count minus tokens stacked at the same position, as one byte.</summary>
    public override long ComputeNorm(FieldInvertState state) => LengthNorm.Encode(state.Length - state.NumOverlap);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        // Lucene 4.8 reports -1 for statistics a codec does not keep; fall back to MaxDoc like Lucene 4.8's BM25.
        var docCount = collectionStats.DocCount > 0 ? collectionStats.DocCount : collectionStats.MaxDoc;
        var sumTotalTermFreq = collectionStats.SumTotalTermFreq > 0 ? collectionStats.SumTotalTermFreq : docCount;
        var idf = termStats.Length == 1
            ? Idf(termStats[0].DocFreq, docCount)
            : (float)termStats.Sum(stats => (double)Idf(stats.DocFreq, docCount));
        var avgdl = (float)(sumTotalTermFreq / (double)docCount);
        var normInverses = new float[256];
        for (var i = 0; i < normInverses.Length; i++)
        {
            normInverses[i] = 1f / (K1 * ((1 - B) + B * LengthTable[i] / avgdl));
        }
        return new Lucene9Bm25Weight(collectionStats.Field, idf, queryBoost, normInverses);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var bm25 = (Lucene9Bm25Weight)weight;
        return new Lucene9Bm25Scorer(bm25, context.AtomicReader.GetNormValues(bm25.Field));
    }

    public override string ToString() => $"Lucene9BM25(k1={K1},b={B})";

    private static float Idf(long docFreq, long docCount) => (float)Math.Log(1 + (docCount - docFreq + 0.5d) / (docFreq + 0.5d));
}
