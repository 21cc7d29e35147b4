using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using static SearchPortal.Core.Tests.Facets.ShortcutCorpus;

namespace SearchPortal.Core.Tests.Facets;

public sealed class FacetCounterShortcutTests
{
    private static readonly Query All = new MatchAllDocsQuery();
    private static readonly Query Alpha = new TermQuery(new Term(FacetTestIndex.TextField, "alpha"));

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "all", [] },
        { "all", ["outlet=" + RareOutlet] },
        { "all", ["region=" + RareRegion, "outlet=" + RareOutlet] },
        { "all", ["region=Peru", "language=en"] },
        { "all", ["region=Peru", "crime=Smuggling", "year=2001..2010"] },
        { "alpha", [] },
        { "alpha", ["region=" + RareRegion] },
        { "alpha", ["region=" + RareRegion, "outlet=" + RareOutlet] },
        { "alpha", ["outlet=" + RareOutlet, "language=es", "year=2005"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Count_WithShortcuts_EqualsThePlainWalk(string query, string[] filters)
    {
        // Arrange
        using var directory = BuildWithDeletions();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var selection = FacetSelection.Parse(filters, out _);

        // Act
        var fast = Count(searcher, query, selection, shortcuts: true);
        var plain = Count(searcher, query, selection, shortcuts: false);

        // Assert
        Assert.Equal(plain.Hits, fast.Hits);
        Assert.Equal(plain.Counts, fast.Counts);
        Assert.Contains(plain.Counts, c => c.Any(n => n > 0));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Count_OneDimensionOnly_EqualsThePlainWalk(string query, string[] filters)
    {
        // Arrange
        using var directory = BuildWithDeletions();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var state = FacetReaderCache.For(reader);
        var selection = FacetSelection.Parse(filters, out _);

        foreach (var dimension in FacetSchema.All)
        {
            // Act
            var fast = FacetCounter.Count(searcher, QueryOf(query), state, selection, null, [dimension], shortcuts: true);
            var plain = FacetCounter.Count(searcher, QueryOf(query), state, selection, null, [dimension], shortcuts: false);

            // Assert
            Assert.Equal(plain, fast);
        }
    }

    [Fact]
    public void Count_Browsing_CountsOnlyLiveDocuments()
    {
        // Arrange
        using var directory = BuildWithDeletions();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        // Act
        var (_, facets) = FacetTestIndex.Run(searcher, FacetSelection.Empty);

        // Assert
        var live = Docs().Where((_, i) => i < 3 || (i - 3) % 7 != 0).ToList();
        Assert.Equal(live.Count(d => d.Language == "en"), FacetTestIndex.CountOf(facets["language"], "en"));
        Assert.Equal(live.Count(d => d.Outlet == RareOutlet), FacetTestIndex.CountOf(facets["outlet"], RareOutlet));
        Assert.Equal(live.Count(d => d.Regions.Any(r => r.StartsWith("Peru", StringComparison.Ordinal))), FacetTestIndex.CountOf(facets["region"], "Peru"));
    }

    private static Query QueryOf(string name) => name == "all" ? All : Alpha;

    /// <summary>Counts with a top-hits collector; hits as (doc, score) pairs in collector order.</summary>
    private static (List<(int, float)> Hits, int[][] Counts) Count(IndexSearcher searcher, string query, FacetSelection selection, bool shortcuts)
    {
        var collector = TopScoreDocCollector.Create(1000, true);
        var counts = FacetCounter.Count(searcher, QueryOf(query), FacetReaderCache.For(searcher.IndexReader), selection, collector, shortcuts: shortcuts);
        return (collector.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)).ToList(), counts);
    }
}
