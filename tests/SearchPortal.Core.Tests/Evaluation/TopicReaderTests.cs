using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class TopicReaderTests
{
    [Fact]
    public void Load_CacmFormat_TakesTheWholeTextAsQuery()
    {
        // Arrange
        var path = TestPaths.TestData("eval-topics-cacm.txt");

        // Act
        var topics = TopicReader.Load(path);

        // Assert
        Assert.Equal(["1", "2"], topics.Select(t => t.Id));
        Assert.StartsWith("What articles exist which deal with TSS", topics[0].Text);
        Assert.EndsWith("an\noperating system for IBM computers?", topics[0].Text);
        Assert.EndsWith("Prieve, B.\nPooch, U.", topics[1].Text);
    }

    [Fact]
    public void Load_ClassicTrecFormat_TakesNumberAndTitle()
    {
        // Arrange
        var path = TestPaths.TestData("eval-topics-trec.txt");

        // Act
        var topics = TopicReader.Load(path);

        // Assert
        Assert.Equal(
            [new EvalTopic("301", "International Organized Crime"), new EvalTopic("051", "Airbus Subsidies and Trade Disputes")],
            topics);
    }

    [Fact]
    public void Parse_NoKnownFormat_Throws()
    {
        // Arrange
        const string content = "301\tInternational Organized Crime";

        // Act
        var act = () => TopicReader.Parse(content);

        // Assert
        Assert.Throws<FormatException>(act);
    }
}
