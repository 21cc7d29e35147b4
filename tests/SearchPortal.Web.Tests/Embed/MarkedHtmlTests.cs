using System.Text.Encodings.Web;
using SearchPortal.Web.Embed;

namespace SearchPortal.Web.Tests.Embed;

public sealed class MarkedHtmlTests
{
    [Theory]
    [InlineData("illegal <mark>mining</mark> in Peru", "illegal <mark>mining</mark> in Peru")]
    [InlineData("<mark>trata</mark> &amp; <mark>minería</mark>", "<mark>trata</mark> &amp; <mark>miner&#237;a</mark>")]
    [InlineData("O&#39;Neil said", "O&#39;Neil said")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<mark onclick=\"x()\">a</mark>", "&lt;mark onclick=&quot;x()&quot;&gt;a&lt;/mark&gt;")]
    [InlineData("&lt;img src=x onerror=alert(1)&gt;", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("<mark>open", "<mark>open</mark>")]
    [InlineData("", "")]
    public void From_Highlighted_KeepsOnlyTextAndMark(string highlighted, string expected)
    {
        // Arrange
        using var writer = new StringWriter();

        // Act
        MarkedHtml.From(highlighted).WriteTo(writer, HtmlEncoder.Default);

        // Assert
        Assert.Equal(expected, writer.ToString());
    }
}
