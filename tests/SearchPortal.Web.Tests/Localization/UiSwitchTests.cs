using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Localization;

public sealed class UiSwitchTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/%5Cevil.example")]
    [InlineData("/%5C%5Cevil.example")]
    [InlineData("%5C%5Cevil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("/%0D%0A/evil.example")]
    [InlineData("/%00/evil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("https%3A%2F%2Fevil.example")]
    [InlineData("%2F%2F%2Fevil.example")]
    [InlineData("evil.example")]
    public async Task UiSwitch_ReturnUrlOffSite_RedirectsHome(string returnUrl)
    {
        // Arrange
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        var response = await client.GetAsync("/ui/es?returnUrl=" + returnUrl);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("%2Farticles%2Fb13400f211e2dfaf%3Fq%3Dmining", "/articles/b13400f211e2dfaf?q=mining")]
    [InlineData("%2F%3Fq%3Dmin%C3%ADa%26region%3DPeru", "/?q=minía&region=Peru")]
    [InlineData("%2F", "/")]
    public async Task UiSwitch_ReturnUrlOnSite_RedirectsThere(string returnUrl, string expected)
    {
        // Arrange
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Act
        var response = await client.GetAsync("/ui/en?returnUrl=" + returnUrl);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, Uri.UnescapeDataString(response.Headers.Location!.OriginalString));
    }
}
