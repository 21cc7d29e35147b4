using SearchPortal.Core.Facets;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Search;

public sealed class ScopedSearchTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static readonly FacetScope Piura = new("Piura NGO", FacetSelection.Empty.With(FacetSchema.Region, "Peru/Piura"));

    [Fact]
    public void EveryOperation_RequestWithScope_StaysInsideTheScope()
    {
        // Arrange
        var request = new SearchRequest { Filters = FacetSelection.Empty.With(FacetSchema.Region, "Peru/Tacna"), Scope = Piura, Size = 100 };
        using var snapshot = seeds.Snapshots.Current();
        var unscoped = seeds.Searcher.Search(snapshot, request with { Scope = null });

        // Act
        var search = seeds.Searcher.Search(snapshot, request);
        var languages = seeds.Searcher.SearchFacetValues(snapshot, request, FacetSchema.Language, "", 10, out var errors, out _);
        var streamed = seeds.Searcher.StreamAll(snapshot, request).Hits().Select(h => h.Id).ToList();

        // Assert
        Assert.Equal(2, unscoped.Total);
        Assert.Equal(1, search.Total);
        Assert.Contains("'region=Peru/Tacna' is outside the scope of Piura NGO", search.Notices[0].Text);
        Assert.Empty(errors);
        Assert.Equal(1, languages.Sum(v => v.Count));
        Assert.Equal(search.Hits.Select(h => h.Id), streamed);
    }
}
