using System.Text;
using Lucene.Net.Store;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Indexing;

public sealed class IngestionFuzzTests
{
    private const int JsonlLines = 100_000;
    private const int BrokenEvery = 97;

    [Fact]
    public void Build_HostileInputFolder_ReportsEachCaseAndIndexesTheRest()
    {
        // Arrange
        using var input = new TempFolder();
        var random = new Random(9);
        var binary = new byte[4096];
        random.NextBytes(binary);
        input.Write("random.bin.txt", binary);
        input.Write("truncated-utf8.txt", [.. "Título de la nota\n\nLa fiscalía investiga la minería ilegal en Puno"u8, 0xC3]);
        input.Write("huge.txt", Encoding.UTF8.GetBytes("Huge\n\n" + new string('a', 50 * 1024 * 1024)));
        input.Write("huge-line.jsonl", Encoding.UTF8.GetBytes("{\"id\":\"h\",\"title\":\"H\",\"text\":\"" + new string('b', 50 * 1024 * 1024) + "\"}\n{\"id\":\"after-huge\",\"title\":\"After\",\"text\":\"still read\"}\n"));
        var broken = WriteBigJsonl(input);
        input.Write("dupes.jsonl", "{\"id\":\"d1\",\"title\":\"One\",\"text\":\"first\"}\n{\"id\":\"d1\",\"title\":\"One again\",\"text\":\"second\"}\n");
        input.Write("ragged.csv", "id,title,text\n1,One,first\n2,Two\n3,Three,third,extra\n\"4\",\"Four\",\"fourth, quoted\"\n");
        using var directory = new RAMDirectory();

        // Act
        var summary = TestIndexes.Builder(a => a).Build(input.Path, directory, new BuildOptions());

        // Assert
        string[] reasons = [.. summary.Problems.Select(p => p.ToString())];
        Assert.Contains(reasons, r => r.StartsWith("random.bin.txt: binary content"));
        Assert.Contains(reasons, r => r.StartsWith("truncated-utf8.txt: not valid UTF-8"));
        Assert.Contains(reasons, r => r.StartsWith("huge.txt: file has 52,428,806 bytes, over the limit"));
        Assert.Contains(reasons, r => r.StartsWith("huge-line.jsonl:1: line longer than"));
        Assert.Equal(broken, reasons.Count(r => r.StartsWith("big.jsonl:") && r.Contains("invalid JSON")));
        Assert.Contains(reasons, r => r.Contains("duplicate id 'dupes.jsonl#d1'"));
        Assert.Equal(2, reasons.Count(r => r.StartsWith("ragged.csv:") && r.Contains("ragged row")));
        var expected = (JsonlLines - broken) + 1 /* after-huge */ + 1 /* dupes */ + 2 /* csv */;
        Assert.Equal(expected, summary.DocumentCount);
    }

    private static int WriteBigJsonl(TempFolder input)
    {
        var builder = new StringBuilder();
        var broken = 0;
        for (var i = 1; i <= JsonlLines; i++)
        {
            if (i % BrokenEvery == 0)
            {
                builder.Append("{\"id\":\"x").Append(i).Append("\",\"text\":\"cut off\n");
                broken++;
                continue;
            }
            builder.Append("{\"id\":\"r").Append(i).Append("\",\"title\":\"Record ").Append(i).Append("\",\"text\":\"Short text number ").Append(i).Append(".\"}\n");
        }
        input.Write("big.jsonl", builder.ToString());
        return broken;
    }
}
