using System.Text.Json;
using SearchPortal.Core.Export;

namespace SearchPortal.Core.Tests.Export;

public sealed class CitationsTests
{
    public sealed record CitationCase(string Name, string Title, string? Author, string? Outlet, DateOnly? Published, string? Url, string Apa, string Chicago)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<CitationCase> Cases() =>
        new(JsonSerializer.Deserialize<List<CitationCase>>(File.ReadAllText(TestPaths.TestData("export-citation-cases.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!);

    public static TheoryData<string, string> AuthorCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(TestPaths.TestData("export-author-cases.tsv")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Apa_Case_MatchesExpectedText(CitationCase @case)
    {
        // Arrange
        var hit = ExportOutput.Hit(title: @case.Title, author: @case.Author, outlet: @case.Outlet, published: @case.Published, url: @case.Url);

        // Act
        var text = Citations.Apa(hit, @case.Url);

        // Assert
        Assert.Equal(@case.Apa, text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Chicago_Case_MatchesExpectedText(CitationCase @case)
    {
        // Arrange
        var hit = ExportOutput.Hit(title: @case.Title, author: @case.Author, outlet: @case.Outlet, published: @case.Published, url: @case.Url);

        // Act
        var text = Citations.Chicago(hit, @case.Url);

        // Assert
        Assert.Equal(@case.Chicago, text);
    }

    [Theory]
    [MemberData(nameof(AuthorCases))]
    public void AuthorNames_Byline_SplitsIntoPeople(string byline, string expected)
    {
        // Act
        var people = AuthorNames.Parse(byline);

        // Assert
        Assert.Equal(expected, string.Join("|", people.Select(p => $"{p.Given}/{p.Family}")));
    }
}
