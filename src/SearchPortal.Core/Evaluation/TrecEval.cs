namespace SearchPortal.Core.Evaluation;

/// <summary>
/// MAP, P@30 and nDCG@10 computed the way trec_eval 9 computes <c>map</c>, <c>P.30</c> and
/// <c>ndcg_cut.10</c>. Like trec_eval it ignores the order of the run and ranks each topic's
/// documents by score descending, ties by docid descending; a grade of 1 or more is relevant; AP
/// divides by the number of relevant documents in the qrels; nDCG takes the grade as gain with a
/// log2(rank + 1) discount and the ideal ranking from the qrels. Without <c>-c</c>, only topics
/// present in both the run and the qrels are averaged; with it (<c>complete</c>), every judged topic
/// is, a topic the run has no documents for counting with zeros, so a ranking that finds nothing
/// for a hard topic is not flattered. A judged topic without relevant documents counts with zeros.
/// Stateless and thread-safe.
/// </summary>
public static class TrecEval
{
    public const int PrecisionCutoff = 30;
    public const int NdcgCutoff = 10;

    /// <param name="run">The ranking to evaluate.</param>
    /// <param name="qrels">The judgments.</param>
    /// <param name="complete">Average over every judged topic, as <c>trec_eval -c</c>.</param>
    /// <exception cref="InvalidOperationException">A topic retrieves the same document twice.</exception>
    public static EvaluationResult Evaluate(TrecRun run, Qrels qrels, bool complete = false)
    {
        var topics = complete
            ? qrels.TopicIds.Select(id => (Id: id, Docs: run.Topics.GetValueOrDefault(id) ?? []))
            : run.Topics.Where(topic => topic.Value.Count > 0 && qrels.Contains(topic.Key)).Select(topic => (Id: topic.Key, Docs: topic.Value));
        var perTopic = topics.Select(topic => EvaluateTopic(topic.Id, topic.Docs, qrels.Judgments(topic.Id))).ToList();
        return perTopic.Count == 0
            ? new EvaluationResult(0, 0, 0, 0, perTopic)
            : new EvaluationResult(
                perTopic.Average(t => t.AveragePrecision),
                perTopic.Average(t => t.PrecisionAt30),
                perTopic.Average(t => t.NdcgAt10),
                perTopic.Count,
                perTopic);
    }

    /// <summary>Evaluates one topic's retrieved documents, in any order, against its judgments.</summary>
    public static TopicResult EvaluateTopic(string topicId, IReadOnlyList<ScoredDoc> retrieved, IReadOnlyDictionary<string, int> judgments)
    {
        var grades = TrecOrder(retrieved)
            .Select(doc => judgments.TryGetValue(doc.DocId, out var grade) ? grade : 0)
            .ToList();
        var relevant = judgments.Values.Count(IsRelevant);

        double precisionSum = 0;
        var relevantSoFar = 0;
        for (var i = 0; i < grades.Count; i++)
        {
            if (!IsRelevant(grades[i])) continue;
            relevantSoFar++;
            precisionSum += relevantSoFar / (double)(i + 1);
        }

        var ideal = judgments.Values.Where(grade => grade > 0).OrderDescending().ToList();
        var idealDcg = Dcg(ideal, NdcgCutoff);
        return new TopicResult(
            topicId,
            relevant == 0 ? 0 : precisionSum / relevant,
            grades.Take(PrecisionCutoff).Count(IsRelevant) / (double)PrecisionCutoff,
            idealDcg > 0 ? Dcg(grades, NdcgCutoff) / idealDcg : 0,
            relevant,
            grades.Count,
            relevantSoFar);
    }

    /// <summary>trec_eval's ranking: score descending, then docid descending (byte order).</summary>
    public static IReadOnlyList<ScoredDoc> TrecOrder(IReadOnlyList<ScoredDoc> retrieved)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in retrieved)
        {
            if (!seen.Add(doc.DocId)) throw new InvalidOperationException($"Document {doc.DocId} is retrieved twice.");
        }
        return retrieved
            .OrderByDescending(doc => doc.Score)
            .ThenByDescending(doc => doc.DocId, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsRelevant(int grade) => grade >= 1;

    private static double Dcg(IReadOnlyList<int> grades, int cutoff)
    {
        double dcg = 0;
        for (var i = 0; i < Math.Min(cutoff, grades.Count); i++)
        {
            if (grades[i] > 0) dcg += grades[i] / Math.Log2(i + 2);
        }
        return dcg;
    }
}
