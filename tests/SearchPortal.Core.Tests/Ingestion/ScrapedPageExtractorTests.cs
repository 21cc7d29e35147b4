using System.Text.Json;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Ingestion;

public sealed class ScrapedPageExtractorTests
{
    public sealed record SeedExpectation(string File, string Title, string? Published, string? Author, string? Outlet,
        string Language, string Starts, string Ends);

    public static TheoryData<string> SeedFiles() => new(Expectations().Select(e => e.File));

    private static List<SeedExpectation> Expectations() =>
        JsonSerializer.Deserialize<List<SeedExpectation>>(File.ReadAllText(TestPaths.TestData("seed-metadata.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Read_Seed_ExtractsMetadata(string file)
    {
        // Arrange
        var expected = Expectations().Single(e => e.File == file);
        var reader = new InputReader();
        var problems = new List<IngestionProblem>();

        // Act
        var article = reader.Read(Path.Combine(TestPaths.Seeds, file), problems.Add).Single();

        // Assert
        Assert.Empty(problems);
        Assert.Equal(expected.Title, article.Title);
        Assert.Equal(expected.Published, article.Published?.ToString("yyyy-MM-dd"));
        Assert.Equal(expected.Author, article.Author);
        Assert.Equal(expected.Outlet, article.Outlet);
        Assert.Equal(expected.Language, article.Language);
        Assert.Equal(file, article.Source);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Extract_Seed_KeepsOnlyArticleBody(string file)
    {
        // Arrange
        var expected = Expectations().Single(e => e.File == file);
        var content = File.ReadAllText(Path.Combine(TestPaths.Seeds, file));

        // Act
        var page = new ScrapedPageExtractor().Extract(content);

        // Assert
        Assert.StartsWith(expected.Starts, page.Text);
        Assert.EndsWith(expected.Ends, page.Text);
        Assert.DoesNotContain("InSight Crime Analysis", page.Text);
        Assert.DoesNotContain("SEE ALSO", page.Text);
        Assert.DoesNotContain("Photo", page.Text);
        Assert.DoesNotContain(expected.Title + "\n", page.Text);
    }

    [Fact]
    public void Extract_GluedBreadcrumbWithoutTitleLine_UsesBreadcrumbTitle()
    {
        // Arrange
        const string page = "HomeNewsBriefGangs Expand in Callao\n\nPolice said gangs now control the port of Callao and extort truckers.\n";

        // Act
        var result = new ScrapedPageExtractor().Extract(page);

        // Assert
        Assert.Equal("Gangs Expand in Callao", result.Title);
        Assert.Equal("InSight Crime", result.Outlet);
        Assert.Equal("Police said gangs now control the port of Callao and extort truckers.", result.Text);
    }

    [Fact]
    public void Extract_PageWithoutSignals_LeavesOutletUnknown()
    {
        // Arrange
        const string page = "Trafficking Ring Dismantled\n\nProsecutors in Cusco charged nine people with trafficking minors to mining camps.\n";

        // Act
        var result = new ScrapedPageExtractor().Extract(page);

        // Assert
        Assert.Null(result.Outlet);
        Assert.Null(result.Published);
        Assert.Null(result.Author);
    }
}
