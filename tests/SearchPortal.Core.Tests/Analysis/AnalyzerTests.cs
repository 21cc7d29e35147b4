using Lucene.Net.Analysis;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Tests.Analysis;

public sealed class AnalyzerTests
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(TestPaths.TestData("analyzer-cases.tsv")).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyze_Case_ProducesExpectedTerms(string field, string input, string expected)
    {
        // Arrange
        using var analyzer = ArticleSchema.CreateAnalyzer();

        // Act
        var terms = Analyze(analyzer, field, input);

        // Assert
        Assert.Equal(expected, string.Join(' ', terms));
    }

    internal static List<string> Analyze(Analyzer analyzer, string field, string text) =>
        AnalyzedTerms.Of(analyzer, field, text).Select(t => t.Term).ToList();
}
