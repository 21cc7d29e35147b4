using SearchPortal.Core.Facets;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Tests.Facets;

public sealed class FacetScopeTests
{
    private static readonly FacetScope Loreto = new("Loreto NGO", FacetSelection.Empty.With(FacetSchema.Region, "Peru/Loreto"));

    [Fact]
    public void Apply_NoClientFilters_GivesTheScopesFilters()
    {
        // Arrange
        var notices = new List<UserMessage>();

        // Act
        var scoped = Loreto.Apply(FacetSelection.Empty, notices);

        // Assert
        Assert.Equal(["region=Peru/Loreto"], scoped.ToFilters());
        Assert.Empty(notices);
    }

    [Fact]
    public void Apply_MentionsWithinAScopeOnARegion_StaysOnFocusWithNotice()
    {
        // Arrange
        var notices = new List<UserMessage>();

        // Act
        var scoped = Loreto.Apply(FacetSelection.Empty.With(FacetSchema.Crime, "Smuggling").WithMatch(FacetMatch.Mentions), notices);

        // Assert
        Assert.Equal(FacetMatch.About, scoped.Match);
        Assert.Equal(["region=Peru/Loreto", "crime=Smuggling"], scoped.ToFilters());
        Assert.Equal("Within the scope of Loreto NGO (region=Peru/Loreto) facets count what articles are about, not their mentions.", Assert.Single(notices).Text);
    }

    [Fact]
    public void Apply_MentionsWithinAScopeOnAnOutlet_KeepsMentions()
    {
        // Arrange
        var scope = new FacetScope("Outlet partner", FacetSelection.Empty.With(FacetSchema.Outlet, "IDL"));
        var notices = new List<UserMessage>();

        // Act
        var scoped = scope.Apply(FacetSelection.Empty.With(FacetSchema.Group, "ELN").WithMatch(FacetMatch.Mentions), notices);

        // Assert
        Assert.Equal(FacetMatch.Mentions, scoped.Match);
        Assert.Equal(["group=ELN", "outlet=IDL"], scoped.ToFilters());
        Assert.Empty(notices);
    }

    [Theory]
    [InlineData("Brazil")]
    [InlineData("Peru")]
    [InlineData("Maynas")]
    [InlineData("Peru/Loreto Norte")]
    [InlineData("Peru/Lima/Lima")]
    public void Apply_ClientRegionOutsideScope_DroppedWithNoticeAndScopeKept(string region)
    {
        // Arrange
        var notices = new List<UserMessage>();

        // Act
        var scoped = Loreto.Apply(FacetSelection.Empty.With(FacetSchema.Region, region), notices);

        // Assert
        Assert.Equal(["region=Peru/Loreto"], scoped.ToFilters());
        Assert.Equal($"The filter 'region={region}' is outside the scope of Loreto NGO (region=Peru/Loreto) and was ignored.", Assert.Single(notices).Text);
    }

    [Theory]
    [InlineData("Peru/Loreto/Maynas")]
    [InlineData(" peru/LORETO/Máynas ")]
    [InlineData("Perú/Loreto")]
    public void Apply_ClientRegionInsideScope_NarrowsInsteadOfScopeValue(string region)
    {
        // Arrange
        var client = FacetSelection.Empty.With(FacetSchema.Region, region);
        var notices = new List<UserMessage>();

        // Act
        var scoped = Loreto.Apply(client, notices);

        // Assert
        Assert.Equal(client.ToFilters(), scoped.ToFilters());
        Assert.Empty(notices);
    }

    [Fact]
    public void Apply_MixedClientRegions_KeepsOnlyThoseInsideScope()
    {
        // Arrange
        var client = FacetSelection.Empty.With(FacetSchema.Region, "Brazil").With(FacetSchema.Region, "Peru/Loreto/Maynas");
        var notices = new List<UserMessage>();

        // Act
        var scoped = Loreto.Apply(client, notices);

        // Assert
        Assert.Equal(["region=Peru/Loreto/Maynas"], scoped.ToFilters());
        Assert.Single(notices);
    }

    [Fact]
    public void Apply_OtherDimensionsAndYearRange_PassUnchanged()
    {
        // Arrange
        var scope = new FacetScope("Loreto NGO", Loreto.Filters.With(FacetSchema.Year, "2014"));
        var client = FacetSelection.Empty.With(FacetSchema.Crime, "Illegal mining").WithYears(new YearRange(2010, 2015));
        var notices = new List<UserMessage>();

        // Act
        var scoped = scope.Apply(client, notices);

        // Assert
        Assert.Equal(["region=Peru/Loreto", "year=2014", "crime=Illegal mining", "year=2010..2015"], scoped.ToFilters());
        Assert.Empty(notices);
    }

    [Fact]
    public void Apply_FlatDimensionValue_KeptOnlyWhenEqualToScopeValue()
    {
        // Arrange
        var scope = new FacetScope("Loreto NGO", FacetSelection.Empty.With(FacetSchema.Language, "es").With(FacetSchema.Crime, "Illegal mining"));
        var client = FacetSelection.Empty.With(FacetSchema.Language, "en").With(FacetSchema.Crime, "illegal MINING");
        var notices = new List<UserMessage>();

        // Act
        var scoped = scope.Apply(client, notices);

        // Assert
        Assert.Equal(["crime=illegal MINING", "language=es"], scoped.ToFilters());
        Assert.Contains("language=en", Assert.Single(notices).Text);
    }

    [Fact]
    public void New_YearRange_Throws()
    {
        // Act
        var act = () => new FacetScope("Loreto NGO", FacetSelection.Empty.WithYears(new YearRange(2010, 2015)));

        // Assert
        Assert.Throws<ArgumentException>(act);
    }
}
