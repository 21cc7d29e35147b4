using Lucene.Net.Documents;
using SearchPortal.Core.Facets;

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

    internal static List<string> Values(Document document, FacetDimension dimension, FacetMatch match = FacetMatch.About) =>
        document.Fields
            .Where(f => f.Name == dimension.FieldFor(match))
            .Select(f => f.GetBinaryValue().Utf8ToString())
            .Order(StringComparer.Ordinal)
            .ToList();
}
