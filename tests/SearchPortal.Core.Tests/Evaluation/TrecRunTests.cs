using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class TrecRunTests
{
    [Fact]
    public void Load_TrecRun_KeepsFileOrderPerTopic()
    {
        // Arrange
        var path = TestPaths.TestData("eval-run.txt");

        // Act
        var run = TrecRun.Load(path);

        // Assert
        Assert.Equal(["1", "2", "4"], run.Topics.Keys);
        Assert.Equal(["d1", "d3", "d2", "d8", "d9"], run.Topics["1"].Select(d => d.DocId));
        Assert.Equal(5.0, run.Topics["1"][1].Score);
    }

    [Fact]
    public void Write_Run_PrintsSixColumnsWithRanksAndSixDecimals()
    {
        // Arrange
        var run = new TrecRun(new Dictionary<string, IReadOnlyList<ScoredDoc>>
        {
            ["7"] = [new ScoredDoc("CACM-0002", 12.0330), new ScoredDoc("CACM-0001", 4.258299)],
        });
        using var writer = new StringWriter();

        // Act
        run.Write(writer, "portal");

        // Assert
        Assert.Equal("7 Q0 CACM-0002 1 12.033000 portal\n7 Q0 CACM-0001 2 4.258299 portal\n", writer.ToString());
    }

    [Fact]
    public void Parse_LineWithoutScore_Throws()
    {
        // Arrange
        using var reader = new StringReader("1 Q0 d1 1 high tag");

        // Act
        var act = () => TrecRun.Parse(reader);

        // Assert
        Assert.Throws<FormatException>(act);
    }
}
