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
        var partial = 0;

        for (var kill = 0; kill < Kills; kill++)
        {
            // Act: start a build and SIGKILL it at a random moment between two of its first commits.
            using (var process = IndexerProcess.Start("build", "--input", input, "--index", index, "--commit-every", CommitEvery.ToString()))
            {
                var exited = WaitForCommits(process, index, commits: random.Next(2, 6), out var interval)
                    || process.WaitForExit(random.Next(0, (int)interval.TotalMilliseconds + 1));
                if (exited) completedEarly++;
                else process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            // Assert: the index opens, CheckIndex is clean, the count is a whole number of commits, never less.
            using var directory = FSDirectory.Open(index);
            Assert.True(DirectoryReader.IndexExists(directory), $"no index after kill {kill}");
            var status = new CheckIndex(directory).DoCheckIndex();
            Assert.True(status.Clean, $"CheckIndex not clean after kill {kill}");
            using var reader = DirectoryReader.Open(directory);
            Assert.True(reader.NumDocs % CommitEvery == 0 || reader.NumDocs == Articles, $"{reader.NumDocs} documents after kill {kill}");
            Assert.True(reader.NumDocs >= previous, $"count fell from {previous} to {reader.NumDocs} after kill {kill}");
            if (reader.NumDocs is > 0 and < Articles) partial++;
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
        Assert.True(partial > 0, $"no kill left a partial index ({completedEarly} of {Kills} builds completed before their kill)");
    }

    /// <summary>
    /// Waits until the build has made <paramref name="commits"/> commits of its own or has exited, and reports the
    /// time between its last two commits as <paramref name="interval"/>. Killed within that interval, a build has
    /// written about <paramref name="commits"/> + 1 of its 20 commits, whatever the machine's speed, so the
    /// kill always interrupts it; timing kills from the start instead would on a slow machine land before the
    /// first commit and on a fast one after the build completed, and leave nothing partial to check.
    /// </summary>
    private static bool WaitForCommits(System.Diagnostics.Process process, string index, int commits, out TimeSpan interval)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var start = CommitGeneration(index);
        var seen = start;
        var lastCommit = TimeSpan.Zero;
        interval = TimeSpan.Zero;
        while (seen < start + commits)
        {
            if (process.WaitForExit(5)) return true;
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"the build made {seen - start} of {commits} commits in five minutes");
            var generation = CommitGeneration(index);
            if (generation == seen) continue;
            interval = clock.Elapsed - lastCommit;
            lastCommit = clock.Elapsed;
            seen = generation;
        }
        return false;
    }

    /// <summary>The generation of the index's newest commit (its segments_N file; the first commit is 1), or 0 before the first.</summary>
    private static long CommitGeneration(string index) =>
        System.IO.Directory.Exists(index)
            ? Math.Max(0, SegmentInfos.GetLastCommitGeneration(System.IO.Directory.GetFiles(index).Select(f => Path.GetFileName(f)).ToArray()))
            : 0;

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
