using System.Text;
using Lucene.Net.Store;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Ingestion;

/// <summary>Issue 13, findings 2 and 7: ingestion hands on no control character and no lone surrogate, and says so.</summary>
public sealed class ArticleTextTests : IDisposable
{
    private const string Controls = "NUL\0 VT\v FF\f ESC\u001b[31m BEL\u0007 DEL\u007f C1\u009b NEL\u0085 LS\u2028 PS\u2029 FFFF\uffff";

    private readonly TempFolder _input = new();

    [Fact]
    public void Build_JsonlLineWithLoneSurrogate_IndexesTheArticleAndReportsTheLine()
    {
        // Arrange
        _input.Write("lone.jsonl", "{\"title\":\"t\",\"text\":\"lone \\ud800 surrogate\"}\n{\"title\":\"u\",\"text\":\"fine\"}\n");
        using var directory = new RAMDirectory();

        // Act
        var summary = TestIndexes.Builder().Build(_input.Path, directory, new BuildOptions());
        var article = new InputReader().Read(_input.Path, _ => { }).First();

        // Assert
        Assert.Equal(2, summary.Indexed);
        var problem = Assert.Single(summary.Problems);
        Assert.Equal(("lone.jsonl", 1), (problem.File, problem.Line));
        Assert.Contains("1 lone surrogate(s) replaced with U+FFFD in text", problem.Reason);
        Assert.Equal("lone \uFFFD surrogate", article.Text);
    }

    public static TheoryData<string, string, int?> HostileFiles() => new()
    {
        { "a.jsonl", "{\"title\":\"T\\u001b[2J\",\"text\":\"" + JsonEscaped(Controls) + "\",\"author\":\"A\\u0000\",\"extra\":\"x\\u0007\"}\n", 1 },
        { "a.csv", "title,text,author,extra\n\"T\u001b[2J\",\"" + Controls + "\",A\0,x\u0007\n", 2 },
        { "a.txt", "T\u001b[2J\n\n" + Controls.Replace("\0", "") + " and enough words to make an article of it.\n", null },
        { "a.html", "<html><head><title>T&#27;[2J</title></head><body><article><p>" + Controls.Replace("\0", "") +
            " and enough words &#7; to make an article of it, with a second sentence for the extractor.</p></article></body></html>", null },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Read_ControlCharactersInAnyFormat_RemovedAndReportedArticleKept(string name, string content, int? line)
    {
        // Arrange
        _input.Write(name, content);
        var problems = new List<IngestionProblem>();

        // Act
        var article = new InputReader().Read(_input.Path, problems.Add).Single();

        // Assert
        var fields = new[] { article.Id, article.Source, article.Title, article.Text, article.Author ?? "", article.Outlet ?? "" }
            .Concat(article.Metadata.Keys).Concat(article.Metadata.Values);
        Assert.All(fields, f => Assert.True(ArticleText.IsClean(f), $"'{f}' still holds a control character"));
        Assert.Contains("ESC", article.Text);
        Assert.Matches(@"NEL\s+LS\s+PS\s", article.Text);
        var problem = Assert.Single(problems);
        Assert.Equal((name, line), (problem.File, problem.Line));
        Assert.Contains("control character(s) removed", problem.Reason);
        Assert.EndsWith("the article is kept", problem.Reason);
    }

    [Fact]
    public void Read_CrLfLineEndings_BecomeNewlinesWithoutReport()
    {
        // Arrange
        _input.Write("a.csv", "title,text\r\nT,\"one\r\ntwo\rthree\"\r\n");
        var problems = new List<IngestionProblem>();

        // Act
        var article = new InputReader().Read(_input.Path, problems.Add).Single();

        // Assert
        Assert.Equal("one\ntwo\nthree", article.Text);
        Assert.Empty(problems);
    }

    private static string JsonEscaped(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text) builder.Append(c < 0x20 || c > 0x7e ? $"\\u{(int)c:x4}" : c.ToString());
        return builder.ToString();
    }

    public void Dispose() => _input.Dispose();
}
