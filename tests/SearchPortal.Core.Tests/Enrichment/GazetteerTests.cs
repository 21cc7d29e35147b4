using SearchPortal.Core.Enrichment;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class GazetteerTests
{
    [Fact]
    public void Default_Peru_Has25DepartmentsAnd196Provinces()
    {
        // Arrange
        var gazetteer = Gazetteer.Default;

        // Act
        var departments = gazetteer.Departments.Count;
        var provinces = gazetteer.Provinces.Count;

        // Assert
        Assert.Equal(25, departments);
        Assert.Equal(196, provinces);
    }

    [Theory]
    [InlineData("Peru/Callao", PlaceLevel.Department)]
    [InlineData("Peru/San Martín", PlaceLevel.Department)]
    [InlineData("Peru/Huánuco", PlaceLevel.Department)]
    [InlineData("Peru/Áncash", PlaceLevel.Department)]
    [InlineData("Peru/Madre de Dios/Tambopata", PlaceLevel.Province)]
    [InlineData("Peru/Loreto/Maynas", PlaceLevel.Province)]
    [InlineData("Peru/Amazonas/Rodríguez de Mendoza", PlaceLevel.Province)]
    [InlineData("Peru", PlaceLevel.Country)]
    [InlineData("Dominican Republic", PlaceLevel.Country)]
    public void FindByPath_KnownPlace_ReturnsAccentedPlaceAtLevel(string path, PlaceLevel level)
    {
        // Arrange
        var gazetteer = Gazetteer.Default;

        // Act
        var place = gazetteer.FindByPath(path);

        // Assert
        Assert.NotNull(place);
        Assert.Equal(level, place.Level);
        Assert.Equal(path.Split('/')[^1], place.Name);
    }

    [Fact]
    public void Countries_LatinAmerica_IncludesMainCountriesByEnglishName()
    {
        // Arrange
        string[] expected = ["Argentina", "Bolivia", "Brazil", "Chile", "Colombia", "Costa Rica", "Cuba", "Dominican Republic", "Ecuador",
            "El Salvador", "Guatemala", "Haiti", "Honduras", "Mexico", "Nicaragua", "Panama", "Paraguay", "Peru", "Uruguay", "Venezuela"];

        // Act
        var countries = Gazetteer.Default.Countries.Select(c => c.Path).ToHashSet();

        // Assert
        Assert.All(expected, name => Assert.Contains(name, countries));
    }

    [Fact]
    public void Provinces_EveryProvince_SitsUnderAKnownDepartment()
    {
        // Arrange
        var gazetteer = Gazetteer.Default;

        // Act
        var orphans = gazetteer.Provinces.Where(p => gazetteer.FindByPath(Gazetteer.Parent(p.Path)!)?.Level != PlaceLevel.Department).ToArray();

        // Assert
        Assert.Empty(orphans);
    }
}
