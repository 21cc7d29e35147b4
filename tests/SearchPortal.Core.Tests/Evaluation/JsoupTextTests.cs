using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class JsoupTextTests
{
    [Theory]
    [InlineData("<html>\n<pre>\n\n\nTitle line\n\nCACM  December, 1958\n</pre>\n</html>\n", "Title line CACM December, 1958")]
    [InlineData("<div>alpha</div><div>beta</div><p>gamma<br>delta</p>", "alpha beta gamma delta")]
    [InlineData("<p><b>al</b><i>pha</i> <span>beta</span></p>", "alpha beta")]
    [InlineData("<html><head><title>Page</title><style>p{}</style><script>var x;</script></head><body><!-- note -->Text &amp; more</body></html>", "Page Text & more")]
    [InlineData("<pre>partitions (1 <= m <= n), 10^8 < 2^27, m>n & (i>1)</pre>", "partitions (1 <= m <= n), 10^8 < 2^27, m>n & (i>1)")]
    public void Extract_Html_GivesVisibleTextLikeJsoup(string html, string expected)
    {
        // Arrange: the HTML and the expected text come from the inline data.

        // Act
        var text = JsoupText.Extract(html);

        // Assert
        Assert.Equal(expected, text);
    }
}
