using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Indexing;

public sealed class MappedDirectoryTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CheckIndex_IndexReadThroughMappedInputs_IsCleanAndSearchable(bool compoundFiles)
    {
        // Arrange: CheckIndex reads every postings list, stored field, norm and doc value, and verifies checksums.
        using var folder = new TempFolder();
        using (var build = new MappedDirectory(folder.Path))
        {
            TestIndexes.Builder().Build(TestPaths.Seeds, build, new BuildOptions { CommitEvery = 1 });
            if (compoundFiles)
            {
                var config = IndexBuilder.CreateWriterConfig(rebuild: false);
                config.UseCompoundFile = true;
                config.MergePolicy = new TieredMergePolicy { NoCFSRatio = 1.0 };
                using var writer = new IndexWriter(build, config);
                writer.ForceMerge(2);
            }
        }
        using var directory = new MappedDirectory(folder.Path);

        // Act
        var status = new CheckIndex(directory).DoCheckIndex();
        using var snapshots = new IndexSnapshots(directory);
        var response = new ArticleSearcher().Search(snapshots, new SearchRequest { Query = "\"illegal mining\" OR minería" });

        // Assert
        Assert.True(status.Clean);
        Assert.Equal(compoundFiles, System.IO.Directory.GetFiles(folder.Path, "*.cfs").Length > 0);
        Assert.True(status.NumSegments > 1, $"{status.NumSegments} segments");
        Assert.True(response.Total > 0);
        Assert.Contains(response.Hits, hit => hit.Snippets.Any(s => s.Marks.Count > 0));
    }

    [Fact]
    public void Read_EveryKindOfValue_SameAsWritten()
    {
        // Arrange
        using var folder = new TempFolder();
        using var directory = new MappedDirectory(folder.Path);
        var random = new Random(7);
        var values = Enumerable.Range(0, 2_000).Select(_ => random.Next(int.MinValue, int.MaxValue) >> random.Next(32)).ToArray();
        var longs = values.Select(v => ((long)v << random.Next(32)) & long.MaxValue).ToArray();
        var bytes = new byte[5_000];
        random.NextBytes(bytes);
        using (var output = directory.CreateOutput("values", IOContext.DEFAULT))
        {
            for (var i = 0; i < values.Length; i++)
            {
                output.WriteVInt32(values[i]);
                output.WriteVInt64(longs[i]);
                output.WriteInt32(values[i]);
                output.WriteInt64(longs[i]);
                output.WriteInt16((short)values[i]);
                output.WriteString("wörd " + i);
            }
            output.WriteBytes(bytes, bytes.Length);
        }

        // Act
        using var input = directory.OpenInput("values", IOContext.DEFAULT);
        var read = Enumerable.Range(0, values.Length).Select(_ =>
            (input.ReadVInt32(), input.ReadVInt64(), input.ReadInt32(), input.ReadInt64(), input.ReadInt16(), input.ReadString())).ToArray();
        var readBytes = new byte[bytes.Length];
        input.ReadBytes(readBytes, 0, readBytes.Length);

        // Assert
        Assert.Equal(values.Select((v, i) => (v, longs[i], v, longs[i], (short)v, "wörd " + i)), read);
        Assert.Equal(bytes, readBytes);
        Assert.Equal(input.Length, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void Clone_SeeksAndReadsIndependently_AndFailsOnceTheFileIsClosed()
    {
        // Arrange
        using var folder = new TempFolder();
        using var directory = new MappedDirectory(folder.Path);
        using (var output = directory.CreateOutput("bytes", IOContext.DEFAULT))
        {
            for (var i = 0; i < 300; i++) output.WriteByte((byte)i);
        }
        var input = directory.OpenInput("bytes", IOContext.DEFAULT);
        input.Seek(10);

        // Act
        var clone = (IndexInput)input.Clone();
        var cloneFirst = clone.ReadByte();
        clone.Seek(200);
        clone.SkipBytes(5);
        var cloneSkipped = clone.ReadByte();
        var original = input.ReadByte();
        input.Dispose();

        // Assert
        Assert.Equal((10, 205, 10), ((int)cloneFirst, (int)cloneSkipped, (int)original));
        Assert.Throws<ObjectDisposedException>(() => clone.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => clone.Clone());
    }

    [Fact]
    public void OpenSlice_ReadsItsRangeOnly()
    {
        // Arrange
        using var folder = new TempFolder();
        using var directory = new MappedDirectory(folder.Path);
        using (var output = directory.CreateOutput("bytes", IOContext.DEFAULT))
        {
            for (var i = 0; i < 100; i++) output.WriteByte((byte)i);
        }
        using var slicer = directory.CreateSlicer("bytes", IOContext.DEFAULT);

        // Act
        using var slice = slicer.OpenSlice("middle", 40, 20);
        var first = slice.ReadByte();
        slice.Seek(19);
        var last = slice.ReadByte();

        // Assert
        Assert.Equal((40, 59, 20L), ((int)first, (int)last, slice.Length));
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.Seek(21));
        Assert.Throws<ArgumentOutOfRangeException>(() => slicer.OpenSlice("beyond", 90, 20));
    }

    [Fact]
    public void OpenInput_EmptyFile_HasNothingToRead()
    {
        // Arrange
        using var folder = new TempFolder();
        folder.Write("empty", []);
        using var directory = new MappedDirectory(folder.Path);

        // Act
        using var input = directory.OpenInput("empty", IOContext.DEFAULT);

        // Assert
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }
}
