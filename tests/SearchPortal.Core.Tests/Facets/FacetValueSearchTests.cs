using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Facets;
using static SearchPortal.Core.Tests.Facets.FacetTestIndex;

namespace SearchPortal.Core.Tests.Facets;

public sealed class FacetValueSearchTests
{
    [Theory]
    [InlineData("madre")]
    [InlineData("Madré")]
    [InlineData("MADRE DE d")]
    public void Search_PrefixOfARegionLabel_FindsItIgnoringCaseAndAccents(string prefix)
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);

        // Act
        var found = FacetValueSearch.Search(new IndexSearcher(reader), null, FacetSchema.Region, prefix, 10);

        // Assert
        var madreDeDios = found[0];
        Assert.Equal(("Peru/Madre de Dios", "Madre de Dios", 3), (madreDeDios.Value, madreDeDios.Label, madreDeDios.Count));
        Assert.Equal(["Peru/Madre de Dios", "Peru/Madre de Dios/Tambopata", "Peru/Madre de Dios/Manu"], found.Select(v => v.Value));
    }

    [Fact]
    public void Search_Cus_FindsCuscoAtEveryLevel()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);

        // Act
        var found = FacetValueSearch.Search(new IndexSearcher(reader), null, FacetSchema.Region, "cus", 10);

        // Assert
        Assert.Equal([("Peru/Cusco", 1), ("Peru/Cusco/Cusco", 1)], found.Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void Search_WithQueryAndLimit_CountsOverTheQueryAndKeepsTheBest()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var query = new TermQuery(new Term(TextField, "trata"));

        // Act
        var found = FacetValueSearch.Search(new IndexSearcher(reader), query, FacetSchema.Crime, "", 2);

        // Assert
        Assert.Equal([("Human trafficking", 4), ("Smuggling", 1)], found.Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void Search_LanguageLabelPrefix_FindsTheCode()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);

        // Act
        var found = FacetValueSearch.Search(new IndexSearcher(reader), null, FacetSchema.Language, "esp", 5);

        // Assert
        Assert.Equal([("es", "Español", 6)], found.Select(v => (v.Value, v.Label, v.Count)));
    }

    [Fact]
    public void Search_WithSelectionOnTheDimension_CountsSideways()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var selection = FacetSelection.Empty.With(FacetSchema.Region, "Peru/Piura").With(FacetSchema.Language, "es");

        // Act
        var found = FacetValueSearch.Search(new IndexSearcher(reader), null, FacetSchema.Region, "ta", 5, selection);

        // Assert
        Assert.Equal([("Peru/Tacna", 2), ("Peru/Tacna/Tacna", 1)], found.Select(v => (v.Value, v.Count)));
    }
}
