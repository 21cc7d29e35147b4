using SearchPortal.Web.Pages;

namespace SearchPortal.Web.Tests.Pages;

public sealed class MapPanelToggleTests
{
    [Theory]
    [InlineData("", "Peru", "Peru")]
    [InlineData("Peru", "Peru/Madre de Dios", "Peru/Madre de Dios")]
    [InlineData("Peru/Madre de Dios", "Peru/Loreto", "Peru/Madre de Dios|Peru/Loreto")]
    [InlineData("Peru/Madre de Dios|Peru/Loreto", "Peru/Loreto", "Peru/Madre de Dios")]
    [InlineData("Peru/Madre de Dios", "Peru/Madre de Dios", "Peru")]
    [InlineData("Peru", "Peru", "")]
    [InlineData("Colombia|Peru/Lima", "Peru", "Colombia|Peru")]
    [InlineData("Colombia", "Peru", "Colombia|Peru")]
    [InlineData("Peru/Lima/Lima", "Peru/Lima", "Peru/Lima")]
    [InlineData("Peruvia", "Peru", "Peruvia|Peru")]
    public void Toggle_Region_ReplacesAncestorsAndKeepsTheCountryWhenTheLastDivisionGoes(string selected, string clicked, string expected)
    {
        // Arrange
        var before = selected.Split('|', StringSplitOptions.RemoveEmptyEntries);

        // Act
        var after = MapPanel.Toggle(before, clicked);

        // Assert
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), after);
    }
}
