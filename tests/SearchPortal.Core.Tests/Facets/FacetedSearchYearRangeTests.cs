using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using static SearchPortal.Core.Tests.Facets.FacetTestIndex;

namespace SearchPortal.Core.Tests.Facets;

public sealed class FacetedSearchYearRangeTests
{
    private static readonly FacetSelection None = FacetSelection.Empty;

    [Fact]
    public void Run_YearRangeWithoutYears_FiltersAndLeavesYearCountsSideways()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var selection = None.WithYears(new YearRange(2014, 2015));

        // Act
        var (ids, facets) = Run(new IndexSearcher(reader), selection);

        // Assert
        Assert.Equal(["a02", "a03", "a04", "a09"], ids);
        Assert.Equal(3, CountOf(facets["year"], "2013"));
        Assert.Equal(2, CountOf(facets["outlet"], "InSight Crime"));
    }

    [Theory]
    [InlineData(2016, null, "a06|a07|a12")]
    [InlineData(null, 2011, "a10")]
    public void Run_OpenYearRange_FiltersFromOneEnd(int? from, int? to, string expected)
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);

        // Act
        var (ids, _) = Run(new IndexSearcher(reader), None.WithYears(new YearRange(from, to)));

        // Assert
        Assert.Equal(expected.Split('|'), ids);
    }

    [Fact]
    public void Run_YearRangeAndYears_KeepsTickedYearsInsideTheRange()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var selection = None.With(FacetSchema.Year, "2013").With(FacetSchema.Year, "2016").WithYears(new YearRange(2012, 2014));

        // Act
        var (ids, facets) = Run(new IndexSearcher(reader), selection);

        // Assert
        Assert.Equal(["a01", "a05", "a11"], ids);
        Assert.Equal(3, CountOf(facets["year"], "2016"));
    }
}
