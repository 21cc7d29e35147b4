using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Ingestion;

public sealed class TitleFromTextTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(TestPaths.TestData("title-from-text-cases.tsv")).Skip(1))
        {
            var parts = line.Split('\t');
            data.Add(parts[0].Replace("\\n", "\n"), parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FirstLine_Case_ReturnsExpectedTitle(string text, string expected)
    {
        // Act
        var title = TitleFromText.FirstLine(text);

        // Assert
        Assert.Equal(expected, title);
    }

    [Fact]
    public void Map_RecordWithoutTitle_TakesTitleFromText()
    {
        // Arrange
        KeyValuePair<string, string?>[] fields = [new("id", "1"), new("text", "Gangs extort truckers in Callao\n\nPolice said gangs control the port.")];

        // Act
        var article = RecordMapper.Map(fields, "records.jsonl", 1, IngestionOptions.Default, _ => { });

        // Assert
        Assert.Equal("Gangs extort truckers in Callao", article?.Title);
    }
}
