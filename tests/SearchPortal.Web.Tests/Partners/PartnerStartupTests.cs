using Microsoft.Extensions.Options;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Partners;

public sealed class PartnerStartupTests
{
    [Fact]
    public void Start_PartnerWithPathInOrigin_FailsWithReason()
    {
        // Arrange
        using var portal = new PartnerPortalFactory(new Dictionary<string, string>
        {
            ["SearchPortal:Partners:broken:Origins:0"] = "https://ngo.example/search",
        });

        // Act
        var error = Record.Exception(() => portal.CreateClient());

        // Assert
        var validation = Assert.IsType<OptionsValidationException>(error);
        Assert.Contains("SearchPortal:Partners:broken:Origins", validation.Message);
    }
}
