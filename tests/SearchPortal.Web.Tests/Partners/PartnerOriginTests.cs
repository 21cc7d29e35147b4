using SearchPortal.Web.Partners;

namespace SearchPortal.Web.Tests.Partners;

public sealed class PartnerOriginTests
{
    [Theory]
    [InlineData("https://NGO.example", "https://ngo.example")]
    [InlineData("https://ngo.example/", "https://ngo.example")]
    [InlineData("https://ngo.example:443", "https://ngo.example")]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080")]
    [InlineData("https://münchen.example", "https://xn--mnchen-3ya.example")]
    public void Normalize_Origin_ReturnsBrowserForm(string raw, string expected)
    {
        // Act
        var origin = PartnerOrigin.Normalize(raw);

        // Assert
        Assert.Equal(expected, origin);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("ngo.example")]
    [InlineData("https://ngo.example/search")]
    [InlineData("https://ngo.example?x=1")]
    [InlineData("https://user@ngo.example")]
    [InlineData("ftp://ngo.example")]
    [InlineData("")]
    public void Normalize_NotAnOrigin_ReturnsNull(string raw)
    {
        // Act
        var origin = PartnerOrigin.Normalize(raw);

        // Assert
        Assert.Null(origin);
    }
}
