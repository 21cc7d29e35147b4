using System.Text.Json;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Highlighting;

public sealed class PassageHighlighterTests(HighlightTestIndex index) : IClassFixture<HighlightTestIndex>
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly PassageHighlighter highlighter = new(SearchLimits.MaxExpandedTerms);

    public static TheoryData<string> SnippetCases() => Names("highlight-cases.json");

    public static TheoryData<string> FullTextCases() => Names("highlight-fulltext-cases.json");

    [Theory]
    [MemberData(nameof(SnippetCases))]
    public void Highlight_Case_ProducesExpectedSnippetsAndTitle(string name)
    {
        // Arrange
        var @case = Load("highlight-cases.json", name);
        var query = TestQueries.Parse(@case.Query);

        // Act
        var result = highlighter.Highlight(index.Searcher, query, index.DocId(@case.Doc), @case.MaxPassages);

        // Assert
        Assert.Equal(@case.Title, result.Title.Html());
        Assert.Equal(@case.Snippets!, result.Snippets.Html());
    }

    [Theory]
    [MemberData(nameof(FullTextCases))]
    public void HighlightFullText_Case_MarksEveryMatchInParagraphs(string name)
    {
        // Arrange
        var @case = Load("highlight-fulltext-cases.json", name);
        var query = TestQueries.Parse(@case.Query);

        // Act
        var html = highlighter.HighlightFullText(index.Searcher, query, index.DocId(@case.Doc)).Paragraphs();

        // Assert
        Assert.Equal(@case.Html, html);
    }

    internal static HighlightCase Load(string file, string name) =>
        JsonSerializer.Deserialize<List<HighlightCase>>(File.ReadAllText(TestPaths.TestData(file)), Json)!
            .Single(c => c.Name == name);

    private static TheoryData<string> Names(string file) =>
        [.. JsonSerializer.Deserialize<List<HighlightCase>>(File.ReadAllText(TestPaths.TestData(file)), Json)!.Select(c => c.Name)];
}
