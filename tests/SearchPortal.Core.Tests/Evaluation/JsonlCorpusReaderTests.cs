using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class JsonlCorpusReaderTests
{
    [Fact]
    public void Load_Jsonl_PrependsTitleAndAcceptsBeirAndNumericIds()
    {
        // Arrange
        var path = TestPaths.TestData("eval-corpus.jsonl");

        // Act
        var documents = JsonlCorpusReader.Load(path);

        // Assert
        Assert.Equal(
            [
                new EvalDocument("a", "Graph Search Depth-first traversal of graphs.", "Graph Search"),
                new EvalDocument("b", "A document without a title."),
                new EvalDocument("7", "Numeric id, empty title."),
            ],
            documents);
    }

    [Theory]
    [InlineData("{\"title\": \"no id\", \"text\": \"x\"}")]
    [InlineData("{\"id\": \"no-text\"}")]
    [InlineData("[\"not\", \"an\", \"object\"]")]
    public void Parse_LineWithoutIdOrText_Throws(string line)
    {
        // Arrange
        using var reader = new StringReader(line);

        // Act
        var act = () => JsonlCorpusReader.Parse(reader);

        // Assert
        Assert.Throws<FormatException>(act);
    }
}
