using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Indexer.Tests.Commands;

/// <summary>Issue 13 at the command line: findings 1 (query bounds), 7 (lone surrogate) and 9 (terminal output).</summary>
public sealed class CliHardeningTests : IDisposable
{
    private readonly string _index = Path.Combine(Path.GetTempPath(), "sp-cli-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _input = Path.Combine(Path.GetTempPath(), "sp-cli-in-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void Build_JsonlLineWithLoneSurrogate_CompletesAndReportsTheLine()
    {
        // Arrange
        Directory.CreateDirectory(_input);
        File.WriteAllText(Path.Combine(_input, "lone.jsonl"), "{\"title\":\"t\",\"text\":\"lone \\ud800 surrogate\"}\n");

        // Act
        var build = IndexerProcess.Run("build", "--input", _input, "--index", _index);

        // Assert
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("Indexed 1 articles", build.Output);
        Assert.Contains("lone.jsonl:1: 1 lone surrogate(s) replaced with U+FFFD in text; the article is kept", build.Output);
    }

    [Fact]
    public void Search_ExplodingWildcard_ExitsWithTheBoundItBroke()
    {
        // Arrange
        IndexerProcess.Run("build", "--input", Path.Combine(IndexerProcess.RepoRoot, "seeds"), "--index", _index);

        // Act
        var search = IndexerProcess.Run("search", "--index", _index, "--query", "x*a????????????");

        // Assert
        Assert.Equal(2, search.ExitCode);
        Assert.Contains("has 13 wildcards (* and ?); a word may have at most 4", search.Error);
    }

    [Fact]
    public void Search_QueryWithEscapeSequence_PrintsNoControlCharacter()
    {
        // Arrange: did-you-mean repeats the query around its corrected word.
        IndexerProcess.Run("build", "--input", Path.Combine(IndexerProcess.RepoRoot, "seeds"), "--index", _index);

        // Act
        var search = IndexerProcess.Run("search", "--index", _index, "--query", "minnig \u001b]0;owned\u0007 \u001b[2J");

        // Assert
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("Did you mean: mining", search.Output);
        AssertPrintable(search.Output);
    }

    [Fact]
    public void Search_IndexHoldingControlCharacters_PrintsNoControlCharacter()
    {
        // Arrange: an index written before ingestion removed control characters.
        using (var directory = FSDirectory.Open(_index))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneDefaults.Version, ArticleSchema.CreateAnalyzer())))
        {
            writer.AddDocument(ArticleDocumentBuilder.Build(new Article
            {
                Id = "old", Source = "old\u001b[2J.txt", Title = "Old \u001b]0;owned\u0007 title", Language = "en",
                Text = "Illegal mining \u001b[31m returns\u0000 to the river \u009b2J again.", Outlet = "Outlet\u001b[1m",
            }));
        }

        // Act
        var search = IndexerProcess.Run("search", "--index", _index, "--query", "mining");

        // Assert
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("1 result(s)", search.Output);
        Assert.Contains("[mining]", search.Output);
        AssertPrintable(search.Output);
    }

    private static void AssertPrintable(string output)
    {
        var control = output.Where(c => char.IsControl(c) && c is not '\n' and not '\r').Select(c => $"U+{(int)c:X4}").ToList();
        Assert.True(control.Count == 0, $"control characters reached the terminal: {string.Join(", ", control)}");
    }

    public void Dispose()
    {
        if (Directory.Exists(_index)) Directory.Delete(_index, recursive: true);
        if (Directory.Exists(_input)) Directory.Delete(_input, recursive: true);
    }
}
