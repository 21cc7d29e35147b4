using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchPortal.Indexer.Tests.Hardening;

public sealed class CrashSafetyTests : IDisposable
{
    private const int Articles = 20_000;
    private const int CommitEvery = 1_000;
    private const int Kills = 20;

    private readonly string _work = Path.Combine(Path.GetTempPath(), "sp-crash-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void Build_KilledAtRandomMoments_LeavesACleanCommittedIndexEachTime()
    {
        // Arrange: 20k articles of real Reuters text, deterministic.
        var input = WriteInput();
        var index = Path.Combine(_work, "index");
        var random = new Random(20261123);
        var previous = 0;
        var completedEarly = 0;

        for (var kill = 0; kill < Kills; kill++)
        {
            // Act: start a build and SIGKILL it at a random moment.
            using (var process = IndexerProcess.Start("build", "--input", input, "--index", index, "--commit-every", CommitEvery.ToString()))
            {
                var exited = process.WaitForExit(random.Next(400, 4_000));
                if (exited) completedEarly++;
                else process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            // Assert: the index opens, CheckIndex is clean, the count is a whole number of commits, never less.
            using var directory = FSDirectory.Open(index);
            if (!DirectoryReader.IndexExists(directory)) continue;
            var status = new CheckIndex(directory).DoCheckIndex();
            Assert.True(status.Clean, $"CheckIndex not clean after kill {kill}");
            using var reader = DirectoryReader.Open(directory);
            Assert.True(reader.NumDocs % CommitEvery == 0 || reader.NumDocs == Articles, $"{reader.NumDocs} documents after kill {kill}");
            Assert.True(reader.NumDocs >= previous, $"count fell from {previous} to {reader.NumDocs} after kill {kill}");
            previous = reader.NumDocs;
        }

        // Act: the next build completes.
        var final = IndexerProcess.Run("build", "--input", input, "--index", index, "--commit-every", CommitEvery.ToString());

        // Assert
        Assert.Equal(0, final.ExitCode);
        using var finalDirectory = FSDirectory.Open(index);
        using var finalReader = DirectoryReader.Open(finalDirectory);
        Assert.Equal(Articles, finalReader.NumDocs);
        Assert.True(new CheckIndex(finalDirectory).DoCheckIndex().Clean);
        Assert.True(completedEarly < Kills, "no build was ever interrupted");
    }

    private string WriteInput()
    {
        System.IO.Directory.CreateDirectory(_work);
        var source = Path.Combine(IndexerProcess.RepoRoot, "..", "shared", "data", "news", "reuters21578.jsonl");
        var texts = File.ReadLines(source)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => r.TryGetProperty("text", out var t) && t.GetString()!.Length > 200)
            .Select(r => (Title: r.GetProperty("title").GetString()!, Text: r.GetProperty("text").GetString()!))
            .Take(5_000)
            .ToList();
        var path = Path.Combine(_work, "articles.jsonl");
        using var writer = new StreamWriter(path);
        for (var i = 0; i < Articles; i++)
        {
            var (title, text) = texts[i % texts.Count];
            writer.WriteLine(JsonSerializer.Serialize(new { id = $"a{i:D5}", title, text, language = "en", published = $"{2000 + i % 27}-01-15" }));
        }
        return path;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_work)) System.IO.Directory.Delete(_work, recursive: true);
    }
}
