using Lucene.Net.Documents;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Facets;

public sealed class FacetFieldsTests
{
    [Fact]
    public void AddTo_HierarchicalValues_WritesEveryLevelOnce()
    {
        // Arrange
        var document = new Document();
        string?[] regions = ["Peru/Madre de Dios/Tambopata", " Peru / Madre de Dios /Manu", "Peru/Madre de Dios/Tambopata", null, " "];

        // Act
        FacetFields.AddTo(document, FacetSchema.Region, regions);

        // Assert
        Assert.Equal(
            ["Peru", "Peru/Madre de Dios", "Peru/Madre de Dios/Manu", "Peru/Madre de Dios/Tambopata"],
            Values(document, FacetSchema.Region));
    }

    [Fact]
    public void AddTo_Article_WritesEveryDimensionInItsOwnField()
    {
        // Arrange
        var document = new Document();
        var article = new Article
        {
            Id = "x",
            Source = "x",
            Title = "t",
            Text = "b",
            Regions = ["Peru/Piura"],
            CrimeTypes = ["Human trafficking", "Human trafficking", "Smuggling"],
            Outlet = "InSight Crime",
            Language = "es",
            Published = new DateOnly(2013, 9, 24),
        };

        // Act
        FacetFields.AddTo(document, article);

        // Assert
        Assert.Equal(["Peru", "Peru/Piura"], Values(document, FacetSchema.Region));
        Assert.Equal(["2013"], Values(document, FacetSchema.Year));
        Assert.Equal(["Human trafficking", "Smuggling"], Values(document, FacetSchema.Crime));
        Assert.Equal(["InSight Crime"], Values(document, FacetSchema.Outlet));
        Assert.Equal(["es"], Values(document, FacetSchema.Language));
        Assert.Equal("$facet.crime", FacetSchema.Crime.Field);
    }

    [Fact]
    public void AddTo_ArticleWithoutMetadata_WritesNoFields()
    {
        // Arrange
        var document = new Document();
        var article = new Article { Id = "x", Source = "x", Title = "t", Text = "b" };

        // Act
        FacetFields.AddTo(document, article);

        // Assert
        Assert.Empty(document.Fields);
    }

    private static List<string> Values(Document document, FacetDimension dimension) =>
        document.Fields
            .Where(f => f.Name == dimension.Field)
            .Select(f => f.GetBinaryValue().Utf8ToString())
            .Order(StringComparer.Ordinal)
            .ToList();
}
