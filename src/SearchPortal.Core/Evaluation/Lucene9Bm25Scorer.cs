using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Scores documents of one segment for one <see cref="Lucene9Bm25Weight"/>. Created per segment
/// and search by Lucene and used by a single thread.
/// </summary>
internal sealed class Lucene9Bm25Scorer : Similarity.SimScorer
{
    private readonly Lucene9Bm25Weight _weight;
    private readonly NumericDocValues? _norms;

    public Lucene9Bm25Scorer(Lucene9Bm25Weight weight, NumericDocValues? norms)
    {
        _weight = weight;
        _norms = norms;
    }

    /// <summary>w − w / (1 + freq · normInverse): monotonic in freq and length without doubles.</summary>
    public override float Score(int doc, float freq)
    {
        // A document without norms scores as if its length were 1, as in Lucene 9.
        var normInverse = _norms is null ? _weight.NormInverses[1] : _weight.NormInverses[(byte)_norms.Get(doc)];
        var weight = _weight.Weight;
        return weight - weight / (1f + freq * normInverse);
    }

    public override float ComputeSlopFactor(int distance) => 1f / (distance + 1);

    public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1f;
}
