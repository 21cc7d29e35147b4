using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class EvaluationRunnerTests
{
    private static readonly EvalTopic[] Topics = [new("t1", "apple")];

    [Fact]
    public void Retrieve_TiedScores_RanksByDocidAscendingNotIndexOrder()
    {
        // Arrange: identical texts score identically; they are indexed in reverse docid order.
        EvalDocument[] docs = [new("d3", "apple pie"), new("d1", "apple pie"), new("d2", "apple pie"), new("d0", "banana bread")];

        // Act
        var run = EvaluationRunner.Retrieve(docs, Topics, RetrievalConfig.AnseriniBm25);

        // Assert
        var ranking = run.Topics["t1"];
        Assert.Equal(["d1", "d2", "d3"], ranking.Select(d => d.DocId));
        Assert.Equal(["d1", "d2", "d3"], TrecEval.TrecOrder(ranking).Select(d => d.DocId));
    }

    [Fact]
    public void Retrieve_TiesAcrossTheDepthCut_KeepsTheSmallestDocids()
    {
        // Arrange
        EvalDocument[] docs = [new("d3", "apple pie"), new("d2", "apple pie"), new("d1", "apple pie")];

        // Act
        var run = EvaluationRunner.Retrieve(docs, Topics, RetrievalConfig.AnseriniBm25 with { Depth = 2 });

        // Assert
        Assert.Equal(["d1", "d2"], run.Topics["t1"].Select(d => d.DocId));
    }

    [Fact]
    public void Run_GradedDocumentsRankedByGrade_GivesPerfectMapAndNdcg()
    {
        // Arrange: "apple" twice in a short document beats once in a longer one.
        EvalDocument[] docs = [new("d1", "apple orchard in autumn light"), new("d2", "apple apple"), new("d3", "pear")];
        var qrels = Qrels.Parse(new StringReader("t1 0 d2 2\nt1 0 d1 1\nt1 0 d3 0"));

        // Act
        var run = EvaluationRunner.Retrieve(docs, Topics, RetrievalConfig.AnseriniBm25);
        var result = EvaluationRunner.Run(docs, Topics, qrels, RetrievalConfig.AnseriniBm25);

        // Assert
        Assert.Equal(["d2", "d1"], run.Topics["t1"].Select(d => d.DocId));
        Assert.Equal((1.0, 1.0, 1), (result.Map, result.Ndcg10, result.Queries));
    }

    [Fact]
    public void Run_PluggedModel_IndexesAndQueriesThroughTheModel()
    {
        // Arrange: a title-only model cannot find words that appear only in the body.
        EvalDocument[] docs = [new("d1", "Sorting Networks apple", "Sorting Networks"), new("d2", "Apple Trees in the body", "Apple Trees")];
        var qrels = Qrels.Parse(new StringReader("t1 0 d1 1\nt1 0 d2 1"));

        // Act
        var run = EvaluationRunner.Retrieve(docs, Topics, new RetrievalConfig(new TitleOnlyModel()));
        var result = TrecEval.Evaluate(run, qrels);

        // Assert
        Assert.Equal(["d2"], run.Topics["t1"].Select(d => d.DocId));
        Assert.Equal(0.5, result.Map, 12);
    }
}
