using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class QrelsTests
{
    [Fact]
    public void Load_TrecQrels_GroupsGradesByTopicAndSkipsComments()
    {
        // Arrange
        var path = TestPaths.TestData("eval-qrels.txt");

        // Act
        var qrels = Qrels.Load(path);

        // Assert
        Assert.Equal(["1", "2", "3"], qrels.TopicIds.Order());
        Assert.Equal(2, qrels.Judgments("1")["d2"]);
        Assert.Equal(0, qrels.Judgments("1")["d3"]);
        Assert.Equal(4, qrels.Judgments("1").Count);
    }

    [Fact]
    public void Judgments_UnjudgedTopic_IsEmpty()
    {
        // Arrange
        var qrels = Qrels.Load(TestPaths.TestData("eval-qrels.txt"));

        // Act
        var judgments = qrels.Judgments("4");

        // Assert
        Assert.False(qrels.Contains("4"));
        Assert.Empty(judgments);
    }

    [Theory]
    [InlineData("1 0 d1")]
    [InlineData("1 0 d1 relevant")]
    [InlineData("1 0 d1 1\n1 0 d1 0")]
    public void Parse_MalformedOrDuplicateLine_Throws(string text)
    {
        // Arrange
        using var reader = new StringReader(text);

        // Act
        var act = () => Qrels.Parse(reader);

        // Assert
        Assert.Throws<FormatException>(act);
    }
}
