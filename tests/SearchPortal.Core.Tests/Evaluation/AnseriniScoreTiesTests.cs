using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class AnseriniScoreTiesTests
{
    [Fact]
    public void Adjust_TiedScores_RoundsAndLowersEachTieByOneMillionth()
    {
        // Arrange
        (string, float)[] ranking = [("d1", 3.14159f), ("d2", 2.50001f), ("d3", 2.5f), ("d4", 2.5f), ("d5", 1f)];

        // Act
        var adjusted = AnseriniScoreTies.Adjust(ranking);

        // Assert
        Assert.Equal([3.1416, 2.5, 2.499999, 2.499998, 1.0], adjusted.Select(d => d.Score));
    }

    [Fact]
    public void Adjust_ThenTrecOrder_KeepsDocidAscendingAmongTies()
    {
        // Arrange: without the adjustment trec_eval would rank tied documents by docid descending.
        (string, float)[] ranking = [("CACM-0007", 4f), ("CACM-0100", 4f), ("CACM-0999", 4f), ("CACM-0001", 3f)];

        // Act
        var ordered = TrecEval.TrecOrder(AnseriniScoreTies.Adjust(ranking));

        // Assert
        Assert.Equal(["CACM-0007", "CACM-0100", "CACM-0999", "CACM-0001"], ordered.Select(d => d.DocId));
    }
}
