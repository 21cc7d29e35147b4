using SearchPortal.Web.Partners;

namespace SearchPortal.Web.Tests.Partners;

public sealed class PartnersOptionsValidatorTests
{
    [Fact]
    public void Validate_WellFormedPartners_Succeeds()
    {
        // Arrange
        var options = Options(("loreto-ngo", "https://ngo.example", "region=Peru/Loreto"), ("piura_2", "http://localhost:8080", "crime=Illegal mining"));

        // Act
        var result = new PartnersOptionsValidator().Validate(null, options);

        // Assert
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("bad key", "https://ngo.example", "region=Peru", "partner key")]
    [InlineData("ngo", "https://ngo.example/search", "region=Peru", "is not an origin")]
    [InlineData("ngo", "*", "region=Peru", "is not an origin")]
    [InlineData("ngo", "https://ngo.example", "place=Peru", "known dimension")]
    [InlineData("ngo", "https://ngo.example", "region=", "known dimension")]
    [InlineData("ngo", "https://ngo.example", "year=2010..2015", "year range")]
    public void Validate_BadPartner_FailsWithReason(string key, string origin, string filter, string reason)
    {
        // Arrange
        var options = Options((key, origin, filter));

        // Act
        var result = new PartnersOptionsValidator().Validate(null, options);

        // Assert
        Assert.True(result.Failed);
        Assert.Contains(reason, result.FailureMessage);
    }

    [Fact]
    public void Validate_OriginOfTwoPartners_Fails()
    {
        // Arrange
        var options = Options(("one", "https://ngo.example", "region=Peru"), ("two", "https://NGO.example/", "region=Chile"));

        // Act
        var result = new PartnersOptionsValidator().Validate(null, options);

        // Assert
        Assert.True(result.Failed);
        Assert.Contains("already belongs to partner 'one'", result.FailureMessage);
    }

    private static PartnersOptions Options(params (string Key, string Origin, string Filter)[] partners)
    {
        var options = new PartnersOptions();
        foreach (var (key, origin, filter) in partners)
        {
            var settings = new PartnerSettings();
            settings.Origins.Add(origin);
            settings.Filters.Add(filter);
            options.Partners[key] = settings;
        }
        return options;
    }
}
