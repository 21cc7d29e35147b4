using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using static SearchPortal.Core.Tests.Facets.FacetTestIndex;

namespace SearchPortal.Core.Tests.Facets;

public sealed class FacetedSearchTests
{
    private static readonly FacetSelection None = FacetSelection.Empty;

    [Fact]
    public void Run_NoSelection_EveryDimensionCountsAllHitsOnce()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);

        // Act
        var (ids, facets) = Run(new IndexSearcher(reader), None);

        // Assert
        Assert.Equal(12, ids.Count);
        Assert.Equal(["region", "year", "crime", "group", "outlet", "language"], facets.Keys);
        Assert.Equal([("Peru", 11), ("Colombia", 1)], facets["region"].Select(v => (v.Value, v.Count)));
        Assert.Equal(2, CountOf(facets["region"], "Peru/Piura/Sullana"));
        Assert.Equal(7, CountOf(facets["crime"], "Human trafficking"));
        Assert.Equal([("en", "English", 6), ("es", "Español", 6)], facets["language"].Select(v => (v.Value, v.Label, v.Count)));
    }

    [Fact]
    public void Run_TwoValuesOfOneDimension_HitsAreTheUnion()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var selection = None.With(FacetSchema.Region, "Peru/Tacna").With(FacetSchema.Region, "Peru/Cusco");

        // Act
        var (ids, facets) = Run(new IndexSearcher(reader), selection);

        // Assert
        Assert.Equal(["a03", "a04", "a07"], ids);
        Assert.Equal([("2014", 1), ("2015", 1), ("2016", 1)], facets["year"].Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void Run_ValuesOfTwoDimensions_HitsAreTheIntersection()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var selection = None.With(FacetSchema.Region, "Peru/Tacna").With(FacetSchema.Crime, "Human trafficking");

        // Act
        var (ids, _) = Run(new IndexSearcher(reader), selection);

        // Assert
        Assert.Equal(["a04"], ids);
    }

    [Fact]
    public void Run_PiuraSelected_SiblingRegionsKeepTheirCounts()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var selection = None.With(FacetSchema.Region, "Peru/Piura");

        // Act
        var (ids, facets) = Run(new IndexSearcher(reader), selection);

        // Assert
        Assert.Equal(["a01", "a02", "a11"], ids);
        Assert.Equal(2, CountOf(facets["region"], "Peru/Tacna"));
        Assert.Equal(3, CountOf(facets["region"], "Peru/Piura"));
        Assert.Equal(11, CountOf(facets["region"], "Peru"));
        Assert.Equal([("2013", 2), ("2014", 1)], facets["year"].Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void Run_SelectionsWithNoHits_SelectedValuesListedAndOtherDimensionsCountedSideways()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var selection = None.With(FacetSchema.Region, "Peru/Piura").With(FacetSchema.Crime, "Smuggling");

        // Act
        var (ids, facets) = Run(new IndexSearcher(reader), selection);

        // Assert
        Assert.Empty(ids);
        Assert.Empty(facets["year"]);
        var peru = Assert.Single(facets["region"]);
        Assert.Equal([("Peru/Piura", 0), ("Peru/Puno", 1), ("Peru/Tacna", 1)], peru.Children.Select(v => (v.Value, v.Count)).Order());
        Assert.Equal([("Human trafficking", 3), ("Illegal mining", 1), ("Smuggling", 0)], facets["crime"].Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void Run_HierarchicalDimension_NestsChildrenDownToTheDeepestLevel()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);

        // Act
        var (_, facets) = Run(new IndexSearcher(reader), None);

        // Assert
        var peru = facets["region"][0];
        Assert.Equal(["Madre de Dios", "Piura", "Tacna", "Cusco", "Loreto", "Puno"], peru.Children.Select(c => c.Label));
        var madreDeDios = peru.Children[0];
        Assert.Equal(("Peru/Madre de Dios", 3), (madreDeDios.Value, madreDeDios.Count));
        Assert.Equal([("Peru/Madre de Dios/Tambopata", "Tambopata", 2), ("Peru/Madre de Dios/Manu", "Manu", 1)],
            madreDeDios.Children.Select(c => (c.Value, c.Label, c.Count)));
        Assert.All(madreDeDios.Children, c => Assert.Empty(c.Children));
    }

    [Theory]
    [InlineData(2, "InSight Crime|Mongabay")]
    [InlineData(3, "InSight Crime|Mongabay|Diario Correo")]
    [InlineData(9, "InSight Crime|Mongabay|Diario Correo|El Comercio|La República")]
    public void Run_TopN_KeepsTheFirstByCountThenLabel(int topN, string expected)
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);

        // Act
        var (_, facets) = Run(new IndexSearcher(reader), None, topN: topN);

        // Assert
        Assert.Equal(expected.Split('|'), facets["outlet"].Select(v => v.Label));
    }

    [Fact]
    public void Run_TopNAtEveryLevel_SelectedValueBeyondTopNStaysListed()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var selection = None.With(FacetSchema.Region, "Peru/Loreto/Maynas");

        // Act
        var (ids, facets) = Run(new IndexSearcher(reader), selection, topN: 1);

        // Assert
        Assert.Equal(["a08"], ids);
        var peru = Assert.Single(facets["region"]);
        Assert.Equal(["Peru/Madre de Dios", "Peru/Loreto"], peru.Children.Select(c => c.Value));
        Assert.Equal(["Peru/Madre de Dios/Tambopata"], peru.Children[0].Children.Select(c => c.Value));
        Assert.Equal(("Peru/Loreto/Maynas", 1), (peru.Children[1].Children[0].Value, peru.Children[1].Children[0].Count));
    }

    [Fact]
    public void Run_LabelsThatDifferInCaseAndAccent_SortOrdinally()
    {
        // Arrange
        FacetDoc Doc(string id, string region) => new(id, [region], 2020, [], null, null, "text");
        using var directory = Build([Doc("1", "Peru/Áncash"), Doc("2", "Peru/Zarumilla"), Doc("3", "Peru/amazonas")]);
        using var reader = DirectoryReader.Open(directory);

        // Act
        var (_, facets) = Run(new IndexSearcher(reader), None);

        // Assert
        Assert.Equal(["Zarumilla", "amazonas", "Áncash"], facets["region"][0].Children.Select(c => c.Label));
    }

    [Fact]
    public void Run_BaseQuery_CollectorGetsTheBaseQueryScores()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var query = new TermQuery(new Term(TextField, "trafficking"));
        var expected = searcher.Search(query, 100).ScoreDocs;
        var collector = TopScoreDocCollector.Create(100, true);

        // Act
        FacetedSearch.Run(searcher, query, None.With(FacetSchema.Language, "en"), collector, 10);

        // Assert
        var hits = collector.GetTopDocs().ScoreDocs;
        Assert.Equal(4, hits.Length);
        Assert.Equal(expected.Select(h => (h.Doc, h.Score)), hits.Select(h => (h.Doc, h.Score)));
        Assert.All(hits, h => Assert.True(h.Score > 0));
    }

    [Fact]
    public void Run_UnknownSelectedValue_MatchesNothingAndIsNotListed()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);

        // Act
        var (ids, facets) = Run(new IndexSearcher(reader), None.With(FacetSchema.Region, "Peru/Atlantis"));

        // Assert
        Assert.Empty(ids);
        Assert.Null(CountOf(facets["region"], "Peru/Atlantis"));
        Assert.Equal(11, CountOf(facets["region"], "Peru"));
        Assert.Empty(facets["crime"]);
    }

    [Fact]
    public void Run_DeletedDocument_IsNeitherHitNorCounted()
    {
        // Arrange
        using var directory = Build(Corpus());
        using (var writer = OpenWriter(directory))
        {
            writer.DeleteDocuments(new Term(IdField, "a11"));
        }
        using var reader = DirectoryReader.Open(directory);

        // Act
        var (ids, facets) = Run(new IndexSearcher(reader), None);

        // Assert
        Assert.DoesNotContain("a11", ids);
        Assert.Equal(1, CountOf(facets["region"], "Peru/Piura/Sullana"));
        Assert.Equal(1, CountOf(facets["outlet"], "Diario Correo"));
    }

    [Fact]
    public void Run_EmptyIndex_ReturnsEmptyDimensions()
    {
        // Arrange
        using var directory = Build([]);
        using var reader = DirectoryReader.Open(directory);

        // Act
        var (ids, facets) = Run(new IndexSearcher(reader), None.With(FacetSchema.Crime, "Smuggling"));

        // Assert
        Assert.Empty(ids);
        Assert.Equal(["region", "year", "crime", "group", "outlet", "language"], facets.Keys);
        Assert.All(facets.Values, Assert.Empty);
    }

    [Fact]
    public void Run_ConcurrentSearchesOnOneReader_AgreeWithASequentialSearch()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var selection = None.With(FacetSchema.Region, "Peru/Piura").WithYears(new YearRange(2013, null));
        var expected = Json(Run(searcher, selection));

        // Act
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Json(Run(searcher, selection)));

        // Assert
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static string Json((List<string> Ids, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets) result) =>
        System.Text.Json.JsonSerializer.Serialize(new { result.Ids, result.Facets });
}
