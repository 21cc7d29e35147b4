using Lucene.Net.Store;
using SearchPortal.Core.Export;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;
using Xunit.Abstractions;

namespace SearchPortal.Core.Tests.Export;

[Collection(nameof(MemoryMeasurementCollection))]
public sealed class BoundedMemoryExportTests(ITestOutputHelper output)
{
    private const int Documents = 100_000;
    private const long SampleEvery = 2 * 1024 * 1024;

    /// <summary>
    /// Live-heap growth allowed while streaming: a few chunks' worth. The CSV is several times larger,
    /// and holding the hits (or their documents, or the output) as .NET strings takes at least twice its
    /// size, so an exporter that materialises the result set fails this bound.
    /// </summary>
    private const long MaxLiveGrowth = 8 * 1024 * 1024;

    [Fact]
    public async Task Export_100kHitsAsCsv_LiveHeapStaysBoundedWhileStreaming()
    {
        // Arrange
        using var folder = new TempFolder();
        using var directory = FSDirectory.Open(folder.Path);
        SyntheticCorpus.Write(directory, Documents);
        var searcher = new ArticleSearcher();
        using var snapshots = new IndexSnapshots(directory);
        using var snapshot = snapshots.Current();
        var request = new SearchRequest { Query = "trafficking" };
        // Per-reader caches (facet ordinals, norms, term index) load on the first search; they are the index's cost, not the export's.
        _ = searcher.StreamAll(snapshot, request).Hits().Take(10).Count();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var sink = new SamplingStream(SampleEvery);

        // Act
        var hits = searcher.StreamAll(snapshot, request);
        var written = await ResultExporter.WriteAsync(ExportHeader.For(ExportFormat.Csv, hits, DateTimeOffset.UtcNow), hits.Hits(), sink);

        // Assert
        var growth = sink.PeakLiveBytes - baseline;
        output.WriteLine($"{written:N0} rows, {sink.Bytes / 1048576.0:F1} MB of CSV, {sink.Samples} samples, peak live-heap growth {growth / 1048576.0:F2} MB");
        Assert.Equal(Documents, hits.Total);
        Assert.Equal(Documents, written);
        Assert.Equal(Documents + 1, sink.Lines);
        Assert.True(sink.Samples >= 10, $"only {sink.Samples} samples");
        Assert.True(sink.Bytes > 4 * MaxLiveGrowth, $"the export ({sink.Bytes:N0} bytes) must dwarf the bound for the bound to mean anything");
        Assert.True(growth < MaxLiveGrowth, $"live heap grew by {growth:N0} bytes while streaming");
    }
}
