using SearchPortal.Core.Search;
using SearchPortal.Web.Partners;

namespace SearchPortal.Web.Tests.Partners;

public sealed class PartnerScopeTests
{
    private static readonly Partner Loreto = new("loreto-ngo", "Loreto NGO", ["https://ngo.example"], ["region=Peru/Loreto"]);

    [Fact]
    public void Apply_NoClientFilters_AddsPartnerFilters()
    {
        // Arrange
        var request = new SearchRequest { Query = "mining" };

        // Act
        var scoped = PartnerScope.Apply(request, Loreto, out var notices);

        // Assert
        Assert.Equal(["region=Peru/Loreto"], scoped.Filters);
        Assert.Empty(notices);
    }

    [Theory]
    [InlineData("region=Brazil")]
    [InlineData("region=Peru")]
    [InlineData("region=Maynas")]
    [InlineData("region=Peru/Loreto Norte")]
    [InlineData("region=Peru/Lima/Lima")]
    public void Apply_ClientRegionOutsideScope_DroppedWithNoticeAndScopeKept(string clientFilter)
    {
        // Arrange
        var request = new SearchRequest { Filters = [clientFilter] };

        // Act
        var scoped = PartnerScope.Apply(request, Loreto, out var notices);

        // Assert
        Assert.Equal(["region=Peru/Loreto"], scoped.Filters);
        Assert.Contains(clientFilter, Assert.Single(notices));
    }

    [Theory]
    [InlineData("region=Peru/Loreto/Maynas")]
    [InlineData("Region = peru/LORETO/Máynas")]
    [InlineData("region=Perú/Loreto")]
    public void Apply_ClientRegionInsideScope_NarrowsInsteadOfPartnerValue(string clientFilter)
    {
        // Arrange
        var request = new SearchRequest { Filters = [clientFilter] };

        // Act
        var scoped = PartnerScope.Apply(request, Loreto, out var notices);

        // Assert
        Assert.Equal([clientFilter], scoped.Filters);
        Assert.Empty(notices);
    }

    [Fact]
    public void Apply_MixedClientRegions_KeepsOnlyThoseInsideScope()
    {
        // Arrange
        var request = new SearchRequest { Filters = ["region=Brazil", "region=Peru/Loreto/Maynas"] };

        // Act
        var scoped = PartnerScope.Apply(request, Loreto, out var notices);

        // Assert
        Assert.Equal(["region=Peru/Loreto/Maynas"], scoped.Filters);
        Assert.Single(notices);
    }

    [Fact]
    public void Apply_OtherDimensionsAndYearRange_PassUnchanged()
    {
        // Arrange
        var partner = Loreto with { Filters = ["region=Peru/Loreto", "year=2014"] };
        var request = new SearchRequest { Filters = ["crime=Illegal mining", "year=2010..2015", "lang=xx"] };

        // Act
        var scoped = PartnerScope.Apply(request, partner, out var notices);

        // Assert
        Assert.Equal(["crime=Illegal mining", "year=2010..2015", "lang=xx", "region=Peru/Loreto", "year=2014"], scoped.Filters);
        Assert.Empty(notices);
    }

    [Fact]
    public void Apply_FlatDimensionValue_KeptOnlyWhenEqualToPartnerValue()
    {
        // Arrange
        var partner = Loreto with { Filters = ["language=es", "crime=Illegal mining"] };
        var request = new SearchRequest { Filters = ["language=en", "crime=illegal MINING"] };

        // Act
        var scoped = PartnerScope.Apply(request, partner, out var notices);

        // Assert
        Assert.Equal(["crime=illegal MINING", "language=es"], scoped.Filters);
        Assert.Contains("language=en", Assert.Single(notices));
    }
}
