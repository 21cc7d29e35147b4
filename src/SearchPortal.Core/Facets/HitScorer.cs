using Lucene.Net.Search;

namespace SearchPortal.Core.Facets;

/// <summary>
/// What the hits collector sees as its scorer during the counting pass: the base query's score and
/// position for the current hit, without the power to move the iteration, which the counting loop owns.
/// One instance per segment per search; not thread-safe.
/// </summary>
internal sealed class HitScorer(Weight weight, Scorer inner) : Scorer(weight)
{
    public override float GetScore() => inner.GetScore();

    public override int Freq => inner.Freq;

    public override int DocID => inner.DocID;

    public override int NextDoc() => throw new NotSupportedException("The facet counting loop drives the iteration.");

    public override int Advance(int target) => throw new NotSupportedException("The facet counting loop drives the iteration.");

    public override long GetCost() => inner.GetCost();
}
