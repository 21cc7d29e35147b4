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
        var departments = gazetteer.Divisions.Count(d => d.Country == "Peru");
        var provinces = gazetteer.Localities.Count(p => p.Country == "Peru");

        // Assert
        Assert.Equal(25, departments);
        Assert.Equal(196, provinces);
    }

    [Fact]
    public void Default_LatinAmerica_Has29CountriesAndTheGeoNamesDivisions()
    {
        // Arrange
        var gazetteer = Gazetteer.Default;

        // Act
        var countries = gazetteer.Countries.Count;
        var divisionsOutsidePeru = gazetteer.Divisions.Count(d => d.Country != "Peru");
        var countriesWithDivisions = gazetteer.Divisions.Select(d => d.Country).Distinct().Count();

        // Assert
        Assert.Equal(29, countries);
        Assert.Equal(579 - 26, divisionsOutsidePeru);
        Assert.Equal(29, countriesWithDivisions);
    }

    [Theory]
    [InlineData("Peru/Callao", PlaceLevel.Division)]
    [InlineData("Peru/San Martín", PlaceLevel.Division)]
    [InlineData("Peru/Huánuco", PlaceLevel.Division)]
    [InlineData("Peru/Áncash", PlaceLevel.Division)]
    [InlineData("Peru/Madre de Dios/Tambopata", PlaceLevel.Locality)]
    [InlineData("Peru/Loreto/Maynas", PlaceLevel.Locality)]
    [InlineData("Peru/Amazonas/Rodríguez de Mendoza", PlaceLevel.Locality)]
    [InlineData("Peru", PlaceLevel.Country)]
    [InlineData("Dominican Republic", PlaceLevel.Country)]
    [InlineData("Mexico/Estado de México", PlaceLevel.Division)]
    [InlineData("Mexico/Ciudad de México", PlaceLevel.Division)]
    [InlineData("Mexico/Guanajuato/León", PlaceLevel.Locality)]
    [InlineData("Argentina/Santa Fe", PlaceLevel.Division)]
    [InlineData("Venezuela/Trujillo", PlaceLevel.Division)]
    [InlineData("Colombia/Córdoba", PlaceLevel.Division)]
    [InlineData("Brazil/São Paulo/São Paulo", PlaceLevel.Locality)]
    [InlineData("Chile/Región Metropolitana/Santiago", PlaceLevel.Locality)]
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
    public void Localities_EveryLocality_SitsUnderAKnownDivision()
    {
        // Arrange
        var gazetteer = Gazetteer.Default;

        // Act
        var orphans = gazetteer.Localities.Where(p => gazetteer.FindByPath(Gazetteer.Parent(p.Path)!)?.Level != PlaceLevel.Division).ToArray();

        // Assert
        Assert.Empty(orphans);
    }

    [Theory]
    [InlineData("Mexico", "state")]
    [InlineData("Brazil", "state")]
    [InlineData("Colombia", "department")]
    [InlineData("Argentina", "province")]
    [InlineData("Chile", "region")]
    public void DivisionWord_Country_IsWhatTheCountryCallsItsDivisions(string country, string word)
    {
        // Arrange
        var gazetteer = Gazetteer.Default;

        // Act
        var actual = gazetteer.DivisionWord(country);

        // Assert
        Assert.Equal(word, actual);
    }

    [Fact]
    public void Divisions_Population_IsKnownForTheLargeStatesAsAPrior()
    {
        // Arrange
        var gazetteer = Gazetteer.Default;

        // Act
        var saoPaulo = gazetteer.FindByPath("Brazil/São Paulo")!.Population;
        var amazonasColombia = gazetteer.FindByPath("Colombia/Amazonas")!.Population;

        // Assert
        Assert.True(saoPaulo > 10 * amazonasColombia);
    }
}
