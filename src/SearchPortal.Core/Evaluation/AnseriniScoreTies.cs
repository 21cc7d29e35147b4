using System.Globalization;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// The scores Anserini writes for a ranking already sorted by score, then docid ascending
/// (its ScoreTiesAdjusterReranker): each float score is rounded to four decimals, and a score
/// within 1e-4 of the previous written one is lowered by 1e-6 per position in the run of ties, so
/// that trec_eval, which re-sorts by score and breaks ties by docid descending, keeps the docid
/// ascending order. Done in float arithmetic like the Java original, then printed with six
/// decimals and read back as trec_eval does. Stateless and thread-safe.
/// </summary>
public static class AnseriniScoreTies
{
    public static IReadOnlyList<ScoredDoc> Adjust(IReadOnlyList<(string DocId, float Score)> ranking)
    {
        var adjusted = new List<ScoredDoc>(ranking.Count);
        var previous = 0f;
        var ties = 0;
        for (var i = 0; i < ranking.Count; i++)
        {
            // Java's Math.round(float) rounds half up on the exact float product.
            var score = (float)Math.Floor((double)(ranking[i].Score * 1e4f) + 0.5d) / 1e4f;
            if (i == 0 || previous - score > 1e-4f)
            {
                ties = 0;
            }
            else
            {
                ties++;
                score -= 1e-6f * ties;
            }
            previous = score;
            adjusted.Add(new ScoredDoc(ranking[i].DocId, AsWritten(score)));
        }
        return adjusted;
    }

    /// <summary>The value trec_eval reads back from a score printed with six decimals.</summary>
    private static double AsWritten(float score) =>
        double.Parse(((double)score).ToString("F6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
