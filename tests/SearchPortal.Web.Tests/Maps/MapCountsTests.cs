using SearchPortal.Core.Facets;
using SearchPortal.Web.Maps;

namespace SearchPortal.Web.Tests.Maps;

public sealed class MapCountsTests
{
    [Fact]
    public void From_RegionTree_FlattensEveryLevelWithItsCount()
    {
        // Arrange
        var tree = new FacetValue("Peru", "Peru", 5, [
            new FacetValue("Peru/Madre de Dios", "Madre de Dios", 3, [new FacetValue("Peru/Madre de Dios/Tambopata", "Tambopata", 2, [])]),
            new FacetValue("Peru/Lima", "Lima", 1, []),
        ]);
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>
        {
            ["region"] = [tree, new FacetValue("Brazil", "Brazil", 2, [])],
            ["crime"] = [new FacetValue("Illegal mining", "Illegal mining", 4, [])],
        };

        // Act
        var counts = MapCounts.From(facets);

        // Assert
        Assert.Equal(
            new Dictionary<string, int> { ["Peru"] = 5, ["Peru/Madre de Dios"] = 3, ["Peru/Madre de Dios/Tambopata"] = 2, ["Peru/Lima"] = 1, ["Brazil"] = 2 },
            counts);
    }

    [Fact]
    public void From_NoRegionFacet_IsEmpty()
    {
        // Act
        var counts = MapCounts.From(new Dictionary<string, IReadOnlyList<FacetValue>>());

        // Assert
        Assert.Empty(counts);
    }
}
