using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Ingestion;

/// <summary>Issue 13, finding 5: an article's url is an absolute http(s) URL or nothing.</summary>
public sealed class ArticleUrlTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("http://exa\u0000mple.org/")]
    [InlineData("//evil.example/path")]
    [InlineData("/articles/relative")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/a")]
    [InlineData("http:alert(1)")]
    [InlineData("https://")]
    public void Normalize_NotAnAbsoluteHttpUrl_ReturnsNull(string value)
    {
        // Act
        var url = ArticleUrl.Normalize(value);

        // Assert
        Assert.Null(url);
        Assert.False(ArticleUrl.IsSafe(value));
    }

    [Theory]
    [InlineData("https://insightcrime.org/news/peru/", "https://insightcrime.org/news/peru/")]
    [InlineData("  http://example.org/a?b=c#d \n", "http://example.org/a?b=c#d")]
    [InlineData("HTTPS://Example.org/Ñandú", "HTTPS://Example.org/Ñandú")]
    public void Normalize_AbsoluteHttpUrl_ReturnsItTrimmed(string value, string expected)
    {
        // Act
        var url = ArticleUrl.Normalize(value);

        // Assert
        Assert.Equal(expected, url);
    }

    [Fact]
    public void Read_RecordsWithHostileUrls_DropsThemWithReportsAndKeepsTheArticles()
    {
        // Arrange
        using var input = new TempFolder();
        input.Write("a.jsonl", string.Join('\n',
            "{\"id\":\"1\",\"title\":\"a\",\"text\":\"x\",\"url\":\"javascript:alert(1)\"}",
            "{\"id\":\"2\",\"title\":\"b\",\"text\":\"x\",\"url\":\"java\\tscript:alert(1)\"}",
            "{\"id\":\"3\",\"title\":\"c\",\"text\":\"x\",\"url\":\"data:text/html,x\"}",
            "{\"id\":\"4\",\"title\":\"d\",\"text\":\"x\",\"url\":\"https://example.org/d\"}") + "\n");
        input.Write("b.html", "<html><head><link rel=canonical href=\"vbscript:msgbox(1)\"><title>Page</title></head>" +
            "<body><article><p>Enough words for an article about illegal mining in Peru, with a second sentence.</p></article></body></html>");
        var problems = new List<IngestionProblem>();

        // Act
        var articles = new InputReader().Read(input.Path, problems.Add).ToList();

        // Assert
        Assert.Equal(5, articles.Count);
        Assert.Equal(["https://example.org/d"], articles.Select(a => a.Url).OfType<string>());
        Assert.Equal(["a.jsonl#1", "a.jsonl#2", "a.jsonl#3", "https://example.org/d", "b.html"], articles.Select(a => a.Id));
        Assert.Equal([("a.jsonl", 1), ("a.jsonl", 2), ("a.jsonl", 3), ("b.html", null)], problems.Select(p => (p.File, p.Line)));
        Assert.All(problems, p => Assert.Contains("is not an absolute http(s) URL and was dropped", p.Reason));
        Assert.Contains(problems, p => p.Reason.Contains("java\\u0009script"));
    }

    [Fact]
    public void ArticleHits_IndexHoldingJavascriptUrl_HitHasNoUrl()
    {
        // Arrange: an index built before ingestion checked URLs.
        using var index = new ArticleIndex(
            ArticleIndex.Article("old", "Illegal mining text.") with { Url = "javascript:alert(1)" },
            ArticleIndex.Article("new", "Illegal mining text.") with { Id = "https://example.org/n", Url = "https://example.org/n" });

        // Act
        var urls = Enumerable.Range(0, 2)
            .Select(d => ArticleHits.From(index.Searcher.Doc(d), 1f, HighlightResult.Unmarked("t")).Url)
            .ToList();

        // Assert
        Assert.Equal([null, "https://example.org/n"], urls);
    }
}
