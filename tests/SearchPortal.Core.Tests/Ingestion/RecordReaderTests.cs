using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Ingestion;

public sealed class RecordReaderTests
{
    private static List<Article> ReadShared(string relative, List<IngestionProblem> problems) =>
        new InputReader().Read(Path.Combine(TestPaths.News, relative), problems.Add).ToList();

    [Fact]
    public void Read_SpanishFakeNewsJsonl_IngestsRecordsWithTextAndReportsEmptyOnes()
    {
        // Arrange: the shared file has 1,543 lines, of which the 572 of its "test" split carry no text.
        var problems = new List<IngestionProblem>();

        // Act
        var articles = ReadShared("es-fakenews.jsonl", problems);

        // Assert
        Assert.Equal(572, problems.Count);
        Assert.All(problems, p => Assert.Equal("record has neither title nor text", p.Reason));
        Assert.Equal(971, articles.Count);
        Assert.All(articles, a => Assert.Equal("es", a.Language));
        var first = articles[0];
        Assert.Equal("fakedes-train-1", first.Source);
        Assert.StartsWith("RAE INCLUIRÁ", first.Title);
        Assert.True(first.Metadata.ContainsKey("category"));
        Assert.True(first.Metadata.ContainsKey("topic"));
        // Two articles appear in two splits under the same URL: same stable id, so they index once.
        Assert.Equal(969, articles.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public void Read_ReutersJsonl_MapsDateAndKeepsOtherFieldsAsMetadata()
    {
        // Arrange
        var problems = new List<IngestionProblem>();

        // Act
        var first = new InputReader().Read(Path.Combine(TestPaths.News, "reuters21578.jsonl"), problems.Add).First();

        // Assert
        Assert.Equal("BAHIA COCOA REVIEW", first.Title);
        Assert.Equal(new DateOnly(1987, 2, 26), first.Published);
        Assert.Equal("Reuters", first.Outlet);
        Assert.Equal("en", first.Language);
        Assert.Equal("reuters21578.jsonl#reuters-1", first.Id);
        Assert.Equal("el-salvador; usa; uruguay", first.Metadata["places"]);
    }

    [Theory]
    [InlineData("wikinews/wikinews_2019.csv", 171)]
    [InlineData("wikinews/wikinews_2020.csv", 124)]
    public void Read_WikinewsCsv_IngestsEveryRowWithUrlAsId(string file, int rows)
    {
        // Arrange
        var problems = new List<IngestionProblem>();

        // Act
        var articles = ReadShared(file, problems);

        // Assert
        Assert.Empty(problems);
        Assert.Equal(rows, articles.Count);
        Assert.All(articles, a => Assert.StartsWith("https://en.wikinews.org/", a.Id));
        Assert.All(articles, a => Assert.NotNull(a.Published));
        Assert.All(articles, a => Assert.Equal("en", a.Language));
    }

    [Fact]
    public void Read_SidecarSourcesCsv_OverridesExtractedMetadata()
    {
        // Arrange
        using var input = new Fixtures.TempFolder();
        File.Copy(Path.Combine(TestPaths.Seeds, "004_57684e3b05b82430.txt"), Path.Combine(input.Path, "004.txt"));
        input.Write("sources.csv", "file,url,outlet,published,author\n004.txt,https://example.org/peru-complaints,Latin Times,2018-03-02,Ermelinda Maglione\n");

        // Act
        var article = new InputReader().Read(input.Path, _ => { }).Single();

        // Assert
        Assert.Equal("https://example.org/peru-complaints", article.Id);
        Assert.Equal("Latin Times", article.Outlet);
        Assert.Equal(new DateOnly(2018, 3, 2), article.Published);
        Assert.Equal("Ermelinda Maglione", article.Author);
    }

    [Fact]
    public void Read_HtmlPage_ReadsMetaTagsAndMainContent()
    {
        // Arrange
        var problems = new List<IngestionProblem>();

        // Act
        var article = new InputReader().Read(TestPaths.TestData("article.html"), problems.Add).Single();

        // Assert
        Assert.Empty(problems);
        Assert.Equal("Mineros ilegales desalojados en La Pampa", article.Title);
        Assert.Equal(new DateOnly(2019, 2, 19), article.Published);
        Assert.Equal("Ana Torres", article.Author);
        Assert.Equal("Ojo Público", article.Outlet);
        Assert.Equal("https://ojo-publico.example/mineria-la-pampa", article.Id);
        Assert.Equal("es", article.Language);
        Assert.Contains("Operación Mercurio", article.Text);
        Assert.DoesNotContain("Suscríbete", article.Text);
        Assert.DoesNotContain("Inicio", article.Text);
        Assert.DoesNotContain("alert(", article.Text);
    }
}
