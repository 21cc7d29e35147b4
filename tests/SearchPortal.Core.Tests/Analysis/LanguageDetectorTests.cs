using SearchPortal.Core.Analysis;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Analysis;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("reuters21578.jsonl", "en", 3000)]
    [InlineData("es-fakenews.jsonl", "es", 3000)]
    [InlineData("wikinews/wikinews_2020.csv", "en", 3000)]
    public void Detect_SharedNewsCorpus_IsAtLeast99PercentAccurate(string file, string expected, int limit)
    {
        // Arrange: strip the declared language so only the text decides.
        var articles = new InputReader().Read(Path.Combine(TestPaths.News, file), _ => { }).Take(limit).ToList();

        // Act
        var correct = articles.Count(a => LanguageDetector.Detect(a.Title + "\n" + a.Text) == expected);

        // Assert
        Assert.True(articles.Count > 100);
        Assert.True(correct >= articles.Count * 0.99, $"{correct}/{articles.Count} detected as {expected}");
    }

    [Theory]
    [InlineData("reuters21578.jsonl")]
    [InlineData("es-fakenews.jsonl")]
    public void Detect_TitleAndText_MatchesDetectOnThemJoined(string file)
    {
        // Arrange: shared articles, plus a lone "el" that ends just inside or just outside the 4,000-char sample,
        // in the text after titles of several lengths and in titles around the sample length.
        var boundary = new[] { 0, 100, 3_990 }.SelectMany(n => Enumerable.Range(-1, 4).Select(d => (Title: new string('a', n), Text: new string('b', 3_996 - n + d) + " el")))
            .Concat(Enumerable.Range(3_995, 4).Select(k => (Title: new string('a', k) + " el", Text: "el el")));
        var articles = new InputReader().Read(Path.Combine(TestPaths.News, file), _ => { }).Take(500)
            .Select(a => (a.Title, a.Text))
            .Concat(boundary)
            .ToList();

        // Act
        var mismatches = articles.Where(a => LanguageDetector.Detect(a.Title, a.Text) != LanguageDetector.Detect(a.Title + "\n" + a.Text)).ToList();

        // Assert
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("La policía rescató a las víctimas de trata en Madre de Dios.", "es")]
    [InlineData("Police rescued the trafficking victims in Madre de Dios.", "en")]
    [InlineData("¿Minería?", "es")]
    [InlineData("Lima", "en")]
    public void Detect_ShortText_UsesFunctionWordsAndSpanishMarks(string text, string expected)
    {
        // Act
        var language = LanguageDetector.Detect(text);

        // Assert
        Assert.Equal(expected, language);
    }

    [Theory]
    [InlineData("EN", "en")]
    [InlineData("English", "en")]
    [InlineData("es-PE", "es")]
    [InlineData("Español", "es")]
    [InlineData("pt", "pt")]
    [InlineData("pt-BR", "pt")]
    [InlineData("Português", "pt")]
    [InlineData("estonian", null)]
    [InlineData("esperanto", null)]
    [InlineData(" ", null)]
    public void Normalize_DeclaredLanguage_MapsToCode(string declared, string? expected)
    {
        // Act
        var code = LanguageDetector.Normalize(declared);

        // Assert
        Assert.Equal(expected, code);
    }
}
