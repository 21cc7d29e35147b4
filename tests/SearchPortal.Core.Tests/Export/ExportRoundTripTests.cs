using SearchPortal.Core.Export;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;
using SearchPortal.Core.Tests.Highlighting;

namespace SearchPortal.Core.Tests.Export;

public sealed class ExportRoundTripTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    public static TheoryData<ExportFormat, string, SortOrder?> Exports()
    {
        var data = new TheoryData<ExportFormat, string, SortOrder?>();
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            data.Add(format, "trafficking", null);
            data.Add(format, "", SortOrder.Newest);
            data.Add(format, "\"illegal mining\"", SortOrder.Oldest);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public async Task Export_SeedSearch_ParsesBackToTheSearchHitsInOrder(ExportFormat format, string query, SortOrder? sort)
    {
        // Arrange
        var request = new SearchRequest { Query = query, Sort = sort, Size = 100 };
        using var snapshot = seeds.Snapshots.Current();
        var expected = seeds.Searcher.Search(snapshot, request).Hits;
        var hits = seeds.Searcher.StreamAll(snapshot, request);

        // Act
        var text = await ExportOutput.TextAsync(ExportHeader.For(format, hits, DateTimeOffset.UtcNow), hits.Hits());

        // Assert
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, hits.Total);
        Assert.Equal(ExportedRecords.Expected(format, expected), ExportedRecords.Read(format, text));
    }

    [Fact]
    public void StreamAll_SeedSearch_CarriesTheSearchSnippetsAndScores()
    {
        // Arrange
        var request = new SearchRequest { Query = "Loreto" };
        using var snapshot = seeds.Snapshots.Current();
        var expected = seeds.Searcher.Search(snapshot, request).Hits;

        // Act
        var streamed = seeds.Searcher.StreamAll(snapshot, request).Hits().ToList();

        // Assert
        Assert.Equal(expected.Select(h => (h.Id, h.Score, string.Join("|", h.Snippets.Html()))), streamed.Select(h => (h.Id, h.Score, string.Join("|", h.Snippets.Html()))));
        Assert.Contains(streamed, h => h.Snippets.Any(s => s.Marks.Count > 0));
    }
}
