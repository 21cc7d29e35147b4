using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

/// <summary>Hand-computed trec_eval figures for eval-run.txt against eval-qrels.txt.</summary>
public sealed class TrecEvalTests
{
    // Topic 1 in trec_eval order: d3 (non-rel), d1 (rel 1), d9 (unjudged), d8 (non-judged, wins the 2.0 tie), d2 (rel 2).
    private const double Topic1Ap = (1.0 / 2 + 2.0 / 5) / 3;
    private const double Topic1P30 = 2.0 / 30;
    private static readonly double Topic1Ndcg10 =
        (1 / Math.Log2(3) + 2 / Math.Log2(6)) / (2 + 1 / Math.Log2(3) + 1 / Math.Log2(4));

    [Fact]
    public void Evaluate_HandMadeRun_AveragesOverTopicsInRunAndQrels()
    {
        // Arrange
        var run = TrecRun.Load(TestPaths.TestData("eval-run.txt"));
        var qrels = Qrels.Load(TestPaths.TestData("eval-qrels.txt"));

        // Act
        var result = TrecEval.Evaluate(run, qrels);

        // Assert: topic 3 (not retrieved) and topic 4 (not judged) are skipped; topic 2 counts with zeros.
        Assert.Equal(["1", "2"], result.PerTopic.Select(t => t.TopicId));
        Assert.Equal(2, result.Queries);
        Assert.Equal(Topic1Ap / 2, result.Map, 12);
        Assert.Equal(Topic1P30 / 2, result.P30, 12);
        Assert.Equal(Topic1Ndcg10 / 2, result.Ndcg10, 12);
    }

    [Fact]
    public void EvaluateTopic_GradedJudgments_GivesTrecEvalApPrecisionAndNdcg()
    {
        // Arrange
        var run = TrecRun.Load(TestPaths.TestData("eval-run.txt"));
        var qrels = Qrels.Load(TestPaths.TestData("eval-qrels.txt"));

        // Act
        var topic = TrecEval.EvaluateTopic("1", run.Topics["1"], qrels.Judgments("1"));

        // Assert
        Assert.Equal(0.3, topic.AveragePrecision, 12);
        Assert.Equal(Topic1P30, topic.PrecisionAt30, 12);
        Assert.Equal(0.448632029012555, topic.NdcgAt10, 12);
        Assert.Equal((3, 5, 2), (topic.Relevant, topic.Retrieved, topic.RelevantRetrieved));
    }

    [Fact]
    public void EvaluateTopic_NoRelevantJudged_GivesZeros()
    {
        // Arrange
        var judgments = new Dictionary<string, int> { ["d5"] = 0 };

        // Act
        var topic = TrecEval.EvaluateTopic("2", [new ScoredDoc("d5", 1.0)], judgments);

        // Assert
        Assert.Equal((0.0, 0.0, 0.0), (topic.AveragePrecision, topic.PrecisionAt30, topic.NdcgAt10));
    }

    [Fact]
    public void TrecOrder_TiedScores_BreaksTiesByDocidDescendingAndIgnoresFileOrder()
    {
        // Arrange
        var run = TrecRun.Load(TestPaths.TestData("eval-run.txt"));

        // Act
        var ordered = TrecEval.TrecOrder(run.Topics["1"]);

        // Assert
        Assert.Equal(["d3", "d1", "d9", "d8", "d2"], ordered.Select(d => d.DocId));
    }

    [Fact]
    public void TrecOrder_DuplicateDocument_Throws()
    {
        // Arrange
        ScoredDoc[] retrieved = [new("d1", 2), new("d2", 1), new("d1", 0.5)];

        // Act
        var act = () => TrecEval.TrecOrder(retrieved);

        // Assert
        Assert.Throws<InvalidOperationException>(act);
    }

    [Fact]
    public void Evaluate_JudgedTopicWithEmptyRanking_IsSkippedLikeATopicMissingFromTheFile()
    {
        // Arrange
        var qrels = Qrels.Load(TestPaths.TestData("eval-qrels.txt"));
        var run = new TrecRun(new Dictionary<string, IReadOnlyList<ScoredDoc>>
        {
            ["1"] = [new ScoredDoc("d1", 1.0)],
            ["3"] = [],
        });

        // Act
        var result = TrecEval.Evaluate(run, qrels);

        // Assert
        Assert.Equal(1, result.Queries);
        Assert.Equal(1.0 / 3, result.Map, 12);
    }

    [Fact]
    public void Evaluate_Complete_CountsEveryJudgedTopicWithZerosForMissingOnes()
    {
        // Arrange
        var qrels = Qrels.Load(TestPaths.TestData("eval-qrels.txt"));
        var run = new TrecRun(new Dictionary<string, IReadOnlyList<ScoredDoc>>
        {
            ["1"] = [new ScoredDoc("d1", 1.0)],
            ["3"] = [],
            ["4"] = [new ScoredDoc("d1", 1.0)],
        });

        // Act
        var result = TrecEval.Evaluate(run, qrels, complete: true);

        // Assert: topics 1, 2 and 3 of the qrels; topic 4 is not judged.
        Assert.Equal(["1", "2", "3"], result.PerTopic.Select(t => t.TopicId).Order());
        Assert.Equal(3, result.Queries);
        Assert.Equal(1.0 / 3 / 3, result.Map, 12);
    }
}
