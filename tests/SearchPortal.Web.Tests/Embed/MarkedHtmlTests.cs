using System.Text.Encodings.Web;
using SearchPortal.Core.Highlighting;
using SearchPortal.Web.Embed;

namespace SearchPortal.Web.Tests.Embed;

public sealed class MarkedHtmlTests
{
    public static TheoryData<string, MarkRange[], string> Cases() => new()
    {
        { "illegal mining in Peru", [new(8, 14)], "illegal <mark>mining</mark> in Peru" },
        { "trata & minería", [new(0, 5), new(8, 15)], "<mark>trata</mark> &amp; <mark>minería</mark>" },
        { "O'Neil said", [], "O&#39;Neil said" },
        { "<script>alert(1)</script>", [new(8, 13)], "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;" },
        { "<mark onclick=\"x()\">a</mark>", [], "&lt;mark onclick=&quot;x()&quot;&gt;a&lt;/mark&gt;" },
        { "&lt;img src=x onerror=alert(1)&gt;", [], "&amp;lt;img src=x onerror=alert(1)&amp;gt;" },
        { "", [], "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void From_MarkedText_EncodesTheTextAndWrapsOnlyTheMarks(string text, MarkRange[] marks, string expected)
    {
        // Arrange
        using var writer = new StringWriter();

        // Act
        MarkedHtml.From(new MarkedText(text, marks)).WriteTo(writer, HtmlEncoder.Default);

        // Assert
        Assert.Equal(expected, writer.ToString());
    }

    [Fact]
    public void Paragraphs_TwoParagraphs_OneElementPerLine()
    {
        // Arrange
        using var writer = new StringWriter();

        // Act
        MarkedHtml.Paragraphs([new MarkedText("First <one>.", [new(0, 5)]), new MarkedText("Second.", [])]).WriteTo(writer, HtmlEncoder.Default);

        // Assert
        Assert.Equal("<p><mark>First</mark> &lt;one&gt;.</p>\n<p>Second.</p>", writer.ToString());
    }
}
