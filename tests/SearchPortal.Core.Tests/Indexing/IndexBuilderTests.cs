using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Indexing;

public sealed class IndexBuilderTests
{
    [Fact]
    public void Build_SameInputTwice_KeepsSameDocumentCount()
    {
        // Arrange
        using var directory = new RAMDirectory();
        var builder = TestIndexes.Builder();

        // Act
        var first = builder.Build(TestPaths.Seeds, directory, new BuildOptions());
        var second = builder.Build(TestPaths.Seeds, directory, new BuildOptions());

        // Assert
        Assert.Equal(5, first.DocumentCount);
        Assert.Equal(5, second.DocumentCount);
        Assert.True(second.Generation > first.Generation);
    }

    [Fact]
    public void Build_BadFiles_ReportsEachByNameAndIndexesTheRest()
    {
        // Arrange
        using var input = new TempFolder();
        input.Write("good.txt", "Good Title\n\nA perfectly fine article about extortion in Trujillo.\n");
        input.Write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x01]);
        input.Write("empty.txt", "   \n\n");
        input.Write("latin1.txt", [0x50, 0x65, 0x72, 0xFA, 0x20, 0x6D, 0x69, 0x6E, 0x65, 0x72, 0xED, 0x61]);
        input.Write("records.jsonl", "{\"id\":\"a\",\"title\":\"A\",\"text\":\"first record\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"title\":\"C\",\"text\":\"third record\"}\n[1,2]\n{\"id\":\"d\",\"title\":\"headline only\"}\n{\"id\":\"e\",\"url\":\"\"}\n");
        input.Write("rows.csv", "id,title,text\n1,One,first row\n2,Two\n3,Three,third row,extra\n4,Four,fourth row\n");
        input.Write("notes.pdf", "%PDF-1.4");
        using var directory = new RAMDirectory();

        // Act
        var summary = TestIndexes.Builder().Build(input.Path, directory, new BuildOptions());

        // Assert
        var reasons = summary.Problems.Select(p => p.ToString()).ToList();
        Assert.Equal(6, summary.DocumentCount);
        Assert.Contains(reasons, r => r.StartsWith("binary.txt: binary content"));
        Assert.Contains(reasons, r => r.StartsWith("empty.txt: empty file"));
        Assert.Contains(reasons, r => r.StartsWith("latin1.txt: not valid UTF-8"));
        Assert.Contains(reasons, r => r.StartsWith("records.jsonl:2: invalid JSON"));
        Assert.Contains(reasons, r => r.StartsWith("records.jsonl:4: expected a JSON object"));
        Assert.Contains(reasons, r => r.StartsWith("records.jsonl:6: record has neither title nor text"));
        Assert.Contains(reasons, r => r.StartsWith("rows.csv:3: ragged row"));
        Assert.Contains(reasons, r => r.StartsWith("rows.csv:4: ragged row"));
        Assert.Contains(reasons, r => r.StartsWith("notes.pdf: unsupported file type"));
        Assert.Equal(9, summary.Problems.Count);
    }

    [Fact]
    public void Build_FailureMidway_LeavesLastCommitReadable()
    {
        // Arrange
        using var directory = new RAMDirectory();
        TestIndexes.Builder().Build(TestPaths.Seeds, directory, new BuildOptions());
        using var input = new TempFolder();
        var lines = Enumerable.Range(1, 50).Select(i => $"{{\"id\":\"n{i}\",\"title\":\"T{i}\",\"text\":\"text {i}\"}}");
        input.Write("many.jsonl", string.Join('\n', lines));
        var seen = 0;
        var failing = TestIndexes.Builder(a => Interlocked.Increment(ref seen) == 40 ? throw new IOException("disk full") : a);

        // Act
        var error = Assert.Throws<IOException>(() =>
            failing.Build(input.Path, directory, new BuildOptions { BatchSize = 8, CommitEvery = 1_000 }));

        // Assert
        Assert.Equal("disk full", error.Message);
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(5, reader.NumDocs);
    }

    [Fact]
    public void Build_DuplicateIds_ReportsAndKeepsTheLaterRecord()
    {
        // Arrange
        using var input = new TempFolder();
        input.Write("dupes.jsonl", "{\"url\":\"https://x.test/a\",\"title\":\"Old\",\"text\":\"old text\"}\n{\"url\":\"https://x.test/a\",\"title\":\"New\",\"text\":\"new text\"}\n");
        using var directory = new RAMDirectory();

        // Act
        var summary = TestIndexes.Builder().Build(input.Path, directory, new BuildOptions());

        // Assert
        Assert.Equal(1, summary.DocumentCount);
        Assert.Contains("duplicate id 'https://x.test/a'", Assert.Single(summary.Problems).Reason);
        using var reader = DirectoryReader.Open(directory);
        var hit = new Lucene.Net.Search.IndexSearcher(reader).Search(new Lucene.Net.Search.TermQuery(new Term(ArticleSchema.Id, "https://x.test/a")), 2);
        Assert.Equal("New", reader.Document(Assert.Single(hit.ScoreDocs).Doc).Get(ArticleSchema.Title));
    }

    [Fact]
    public void Build_CommitEveryFewArticles_CommitsIntermediateGenerations()
    {
        // Arrange
        using var input = new TempFolder();
        input.Write("many.jsonl", string.Join('\n', Enumerable.Range(1, 40).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"text {i}\"}}")));
        using var directory = new RAMDirectory();

        // Act
        var summary = TestIndexes.Builder().Build(input.Path, directory, new BuildOptions { BatchSize = 10, CommitEvery = 10 });

        // Assert
        Assert.Equal(40, summary.DocumentCount);
        Assert.True(summary.Generation >= 4, $"generation {summary.Generation}");
    }
}
