using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

using SearchPortal.Core.Tests.Export;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Search;

public sealed class HitStreamTests : IDisposable
{
    private const int Documents = 2_345;
    private readonly RAMDirectory _directory = new();
    private readonly ArticleSearcher _searcher;
    private readonly IndexSnapshots _snapshots;

    public HitStreamTests()
    {
        SyntheticCorpus.Write(_directory, Documents);
        _searcher = new ArticleSearcher();
        _snapshots = new IndexSnapshots(_directory);
    }

    public static TheoryData<string, SortOrder?> Orders() => new()
    {
        { "trafficking", null },
        { "trafficking", SortOrder.Newest },
        { "", SortOrder.Oldest },
        { "mining OR extortion", SortOrder.Relevance },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void StreamAll_SmallChunks_ListsEveryHitInTheOrderOfThePages(string query, SortOrder? sort)
    {
        // Arrange
        var request = new SearchRequest { Query = query, Sort = sort, Size = SearchLimits.MaxPageSize };
        var paged = AllPages(request);
        using var snapshot = _snapshots.Current();

        // Act
        var stream = _searcher.StreamAll(snapshot, request, chunkSize: 97);
        var streamed = stream.Hits().Select(h => h.Id).ToList();

        // Assert
        Assert.True(paged.Count > 1_000, $"only {paged.Count} hits");
        Assert.Equal(paged.Count, stream.Total);
        Assert.Equal(paged, streamed);
    }

    [Fact]
    public void StreamAll_WithoutSnippets_ListsTheSameHitsUnhighlighted()
    {
        // Arrange
        var request = new SearchRequest { Query = "trafficking" };
        using var snapshot = _snapshots.Current();
        var highlighted = _searcher.StreamAll(snapshot, request).Hits().Take(50).ToList();

        // Act
        var plain = _searcher.StreamAll(snapshot, request, snippets: false).Hits().Take(50).ToList();

        // Assert
        Assert.Equal(highlighted.Select(h => h.Id), plain.Select(h => h.Id));
        Assert.Contains(highlighted, h => h.Snippets.Count > 0);
        Assert.All(plain, h => Assert.Empty(h.Snippets));
        Assert.All(plain, h => Assert.Empty(h.TitleHighlighted.Marks));
    }

    [Fact]
    public void StreamAll_ChunkSizeDividesTotal_EndsAfterLastFullChunk()
    {
        // Arrange
        var request = new SearchRequest { Query = "", Filters = FacetSelection.Empty.With(FacetSchema.Region, "Colombia") };
        using var snapshot = _snapshots.Current();
        var total = _searcher.StreamAll(snapshot, request).Total;

        // Act
        var streamed = _searcher.StreamAll(snapshot, request, chunkSize: total / 7).Hits().ToList();

        // Assert
        Assert.Equal(0, total % 7);
        Assert.Equal(total, streamed.Count);
        Assert.All(streamed, h => Assert.Equal(["Colombia"], h.Regions));
        Assert.Equal(total, streamed.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void StreamAll_UnknownFilterValue_ReportsItAndStreamsNothing()
    {
        // Arrange
        using var snapshot = _snapshots.Current();

        // Act
        var stream = _searcher.StreamAll(snapshot, new SearchRequest { Query = "trafficking", Filters = FacetSelection.Empty.With(FacetSchema.Region, "Atlantis") });

        // Assert
        Assert.NotEmpty(stream.FilterErrors);
        Assert.Equal(0, stream.Total);
        Assert.Empty(stream.Hits());
    }

    [Fact]
    public void StreamAll_NoMatch_StreamsNothing()
    {
        // Arrange
        using var snapshot = _snapshots.Current();

        // Act
        var stream = _searcher.StreamAll(snapshot, new SearchRequest { Query = "zzzunknownword" });

        // Assert
        Assert.Equal(0, stream.Total);
        Assert.Empty(stream.Hits());
    }

    public void Dispose()
    {
        _snapshots.Dispose();
        _directory.Dispose();
    }

    private List<string> AllPages(SearchRequest request)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var response = _searcher.Search(_snapshots, request with { Page = page });
            ids.AddRange(response.Hits.Select(h => h.Id));
            if (response.Hits.Count < request.Size) return ids;
        }
    }
}
