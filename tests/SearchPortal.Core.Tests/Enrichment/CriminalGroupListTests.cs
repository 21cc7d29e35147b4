using SearchPortal.Core.Enrichment;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class CriminalGroupListTests
{
    [Theory]
    [InlineData("Sinaloa Cartel")]
    [InlineData("CJNG")]
    [InlineData("Gulf Cartel")]
    [InlineData("Los Zetas")]
    [InlineData("Clan del Golfo")]
    [InlineData("ELN")]
    [InlineData("FARC dissidents")]
    [InlineData("Segunda Marquetalia")]
    [InlineData("Estado Mayor Central")]
    [InlineData("Shining Path")]
    [InlineData("PCC")]
    [InlineData("Comando Vermelho")]
    [InlineData("Tren de Aragua")]
    [InlineData("MS13")]
    [InlineData("Barrio 18")]
    [InlineData("Los Choneros")]
    [InlineData("Los Lobos")]
    public void LoadDefault_MajorGroup_IsListedWithACountry(string label)
    {
        // Arrange
        var list = CriminalGroupList.LoadDefault();

        // Act
        var group = list.FindByLabel(label);

        // Assert
        Assert.NotNull(group);
        Assert.NotEmpty(group.Countries);
        Assert.All(group.Countries, c => Assert.NotNull(Gazetteer.Default.FindByPath(c)));
    }

    [Theory]
    [InlineData("sendero luminoso", "Shining Path")]
    [InlineData("CARTEL DE SINALOA", "Sinaloa Cartel")]
    [InlineData("clan-del-golfo", "Clan del Golfo")]
    public void FindByLabel_SpanishLabelOrIdInAnyCase_FindsGroup(string name, string expected)
    {
        // Arrange
        var list = CriminalGroupList.LoadDefault();

        // Act
        var group = list.FindByLabel(name);

        // Assert
        Assert.Equal(expected, group?.Label);
    }

    [Fact]
    public void Parse_GroupWithoutAliases_Throws()
    {
        // Arrange
        const string json = """{"groups":[{"id":"x","label":"X","labelEs":"X","countries":[],"aliases":[],"contextAliases":[]}]}""";

        // Act
        var error = Record.Exception(() => CriminalGroupList.Parse(json));

        // Assert
        Assert.IsType<InvalidDataException>(error);
    }
}
