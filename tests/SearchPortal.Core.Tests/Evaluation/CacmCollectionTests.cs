using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class CacmCollectionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("eval-cacm-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ReadArchive_TarGzOfHtml_UsesFileNameAsIdAndVisibleTextAsText()
    {
        // Arrange
        var path = Path.Combine(_dir, "mini.tar.gz");
        WriteArchive(path,
            ("cacm/CACM-0002.html", "<html>\n<pre>\n\n\nSorting by\nMerging\n\nCACM May, 1960\n\nKnuth, D. E.\n</pre>\n</html>\n"),
            ("cacm/CACM-0001.html", "<html>\n<pre>\n\n\nPreliminary Report\n\nCACM December, 1958\n</pre>\n</html>\n"));

        // Act
        var documents = CacmCollection.ReadArchive(path);

        // Assert
        Assert.Equal(
            [
                new EvalDocument("CACM-0002", "Sorting by Merging CACM May, 1960 Knuth, D. E.", "Sorting by Merging"),
                new EvalDocument("CACM-0001", "Preliminary Report CACM December, 1958", "Preliminary Report"),
            ],
            documents);
    }

    [Fact]
    public void Load_SharedCacm_HasAnseriniCounts()
    {
        // Arrange
        var dataDir = Path.Combine(TestPaths.Shared, "data", "cacm");

        // Act
        var collection = CacmCollection.Load(dataDir);

        // Assert
        Assert.Equal(3204, collection.Documents.Count);
        Assert.Equal(64, collection.Topics.Count);
        Assert.Equal(52, collection.Qrels.TopicIds.Count);
        Assert.Equal(796, collection.Qrels.TopicIds.Sum(id => collection.Qrels.Judgments(id).Count));
        Assert.Equal("CACM-0001", collection.Documents[0].Id);
    }

    private static void WriteArchive(string path, params (string Name, string Content)[] files)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        tar.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "cacm/"));
        foreach (var (name, content) in files)
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) };
            tar.WriteEntry(entry);
        }
    }
}
