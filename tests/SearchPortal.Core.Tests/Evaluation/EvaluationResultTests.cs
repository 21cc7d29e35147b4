using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class EvaluationResultTests
{
    [Fact]
    public void ToJson_Result_PrintsTheFourCliPropertiesOnly()
    {
        // Arrange
        var result = new EvaluationResult(0.5, 0.25, 0.75, 2, [new TopicResult("1", 1, 0.5, 1, 3, 10, 3)]);

        // Act
        var json = result.ToJson();

        // Assert
        Assert.Equal("{\"map\":0.5,\"p30\":0.25,\"ndcg10\":0.75,\"queries\":2}", json);
    }
}
