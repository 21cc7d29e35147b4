using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Tests.Facets;

public sealed class FacetSelectionTests
{
    [Fact]
    public void Parse_ValidFilters_GroupsValuesByDimensionIgnoringNameCase()
    {
        // Arrange
        string[] filters = ["region=Peru/Loreto", "REGION=Peru/Piura", "Crime= Human trafficking ", "region=Peru/Loreto"];

        // Act
        var selection = FacetSelection.Parse(filters, out var errors);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(["Peru/Loreto", "Peru/Piura"], selection.ValuesOf(FacetSchema.Region).Texts());
        Assert.Equal(["Human trafficking"], selection.ValuesOf(FacetSchema.Crime).Texts());
        Assert.Empty(selection.ValuesOf(FacetSchema.Year));
        Assert.Null(selection.Years);
        Assert.Equal(["Peru", "Loreto"], selection.ValuesOf(FacetSchema.Region)[0].Levels);
    }

    [Theory]
    [InlineData("country=Peru", "Unknown facet dimension 'country'")]
    [InlineData("Peru/Loreto", "not of the form dimension=value")]
    [InlineData("=Peru", "not of the form dimension=value")]
    [InlineData("region=", "has no value")]
    [InlineData("year=20x0..2015", "must look like")]
    [InlineData("year=..", "must look like")]
    [InlineData("year=2015..2010", "is empty")]
    public void Parse_BadFilter_ReportsItAndKeepsTheRest(string bad, string expectedError)
    {
        // Arrange
        string[] filters = [bad, "outlet=InSight Crime"];

        // Act
        var selection = FacetSelection.Parse(filters, out var errors);

        // Assert
        var error = Assert.Single(errors);
        Assert.Contains(expectedError, error);
        Assert.Equal(["InSight Crime"], selection.ValuesOf(FacetSchema.Outlet).Texts());
        Assert.Equal(["outlet=InSight Crime"], selection.ToFilters());
    }

    [Theory]
    [InlineData("year=2010..2015", 2010, 2015)]
    [InlineData("year=2010..", 2010, null)]
    [InlineData("Year= ..2015", null, 2015)]
    public void Parse_YearRange_SetsEitherEnd(string filter, int? from, int? to)
    {
        // Act
        var selection = FacetSelection.Parse([filter], out var errors);

        // Assert
        Assert.Empty(errors);
        Assert.Equal((from, to), (selection.Years?.From, selection.Years?.To));
        Assert.True(selection.Restricts(FacetSchema.Year));
        Assert.Empty(selection.ValuesOf(FacetSchema.Year));
    }

    [Fact]
    public void Parse_SecondYearRange_IsReported()
    {
        // Act
        var selection = FacetSelection.Parse(["year=2010..2012", "year=2014..2016"], out var errors);

        // Assert
        Assert.Contains("repeats", Assert.Single(errors));
        Assert.Equal((2010, 2012), (selection.Years?.From, selection.Years?.To));
    }

    [Fact]
    public void ToFilters_ParsedBack_GivesTheSameSelection()
    {
        // Arrange
        var selection = FacetSelection.Empty
            .With(FacetSchema.Language, "es")
            .With(FacetSchema.Region, " Peru / Madre de Dios ")
            .With(FacetSchema.Year, "2013")
            .WithYears(new YearRange(2010, null));

        // Act
        var filters = selection.ToFilters().ToList();
        var reparsed = FacetSelection.Parse(filters, out var errors);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(["region=Peru/Madre de Dios", "year=2013", "language=es", "year=2010.."], filters);
        Assert.Equal(filters, reparsed.ToFilters());
    }

    [Fact]
    public void With_ReturnsANewSelection_LeavingTheOriginalUnchanged()
    {
        // Arrange
        var original = FacetSelection.Empty.With(FacetSchema.Crime, "Smuggling");

        // Act
        var changed = original.With(FacetSchema.Crime, "Illegal mining").With(FacetSchema.Outlet, "  ");

        // Assert
        Assert.Equal(["Smuggling"], original.ValuesOf(FacetSchema.Crime).Texts());
        Assert.Equal(["Smuggling", "Illegal mining"], changed.ValuesOf(FacetSchema.Crime).Texts());
        Assert.False(changed.Restricts(FacetSchema.Outlet));
        Assert.True(FacetSelection.Empty.IsEmpty);
        Assert.False(original.IsEmpty);
    }

    [Fact]
    public void YearRange_FromAfterTo_Throws()
    {
        // Act
        var act = () => new YearRange(2016, 2012);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    [Theory]
    [InlineData("Peru/Loreto", "Peru/Loreto/Maynas", true)]
    [InlineData("Peru/Loreto", "peru/LORETO/Máynas", true)]
    [InlineData("Peru/Loreto", "Perú/Loreto", true)]
    [InlineData("Peru/Loreto", "Peru", false)]
    [InlineData("Peru/Loreto", "Maynas", false)]
    [InlineData("Peru/Loreto", "Peru/Loreto Norte", false)]
    [InlineData("Peru/Loreto", "Peru/Lima/Lima", false)]
    public void Contains_RegionPath_OnlyItselfAndPathsBelow(string scope, string value, bool expected)
    {
        // Arrange
        var outer = FacetPath.Parse(FacetSchema.Region, scope)!;
        var inner = FacetPath.Parse(FacetSchema.Region, value)!;

        // Act
        var contains = outer.Contains(inner);

        // Assert
        Assert.Equal(expected, contains);
    }

    [Fact]
    public void Parse_FlatDimensionWithSlash_IsOneLevel()
    {
        // Act
        var outlet = FacetPath.Parse(FacetSchema.Outlet, " Ojo Público / OjoPúblico ")!;
        var region = FacetPath.Parse(FacetSchema.Region, " Peru / / Loreto ")!;

        // Assert
        Assert.Equal(["Ojo Público / OjoPúblico"], outlet.Levels);
        Assert.Equal("Peru/Loreto", region.Value);
        Assert.Equal(["Peru", "Peru/Loreto"], region.Prefixes().Select(p => p.Value));
        Assert.Null(FacetPath.Parse(FacetSchema.Region, " / "));
    }
}
