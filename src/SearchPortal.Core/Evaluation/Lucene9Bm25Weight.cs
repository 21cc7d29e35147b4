using Lucene.Net.Search.Similarities;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Per-query-term state of <see cref="Lucene9Bm25Similarity"/>: the field, idf, boost and the
/// 256 precomputed 1 / (k1 · (1 − b + b · dl / avgdl)). Created per search by Lucene; its
/// <see cref="Normalize"/> is called once before scoring, after which it is read-only.
/// </summary>
internal sealed class Lucene9Bm25Weight : Similarity.SimWeight
{
    private readonly float _idf;
    private readonly float _queryBoost;

    public Lucene9Bm25Weight(string field, float idf, float queryBoost, float[] normInverses)
    {
        Field = field;
        _idf = idf;
        _queryBoost = queryBoost;
        NormInverses = normInverses;
        Weight = queryBoost * idf;
    }

    public string Field { get; }

    public float[] NormInverses { get; }

    /// <summary>boost · idf, the score a term approaches as its frequency grows.</summary>
    public float Weight { get; private set; }

    public override float GetValueForNormalization() => Weight * Weight;

    // BM25 has no query normalisation: like Lucene 4.8's BM25 this only applies the parent's boost.
    public override void Normalize(float queryNorm, float topLevelBoost) => Weight = _queryBoost * topLevelBoost * _idf;
}
