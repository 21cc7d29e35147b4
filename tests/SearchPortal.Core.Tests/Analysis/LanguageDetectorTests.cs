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
    [InlineData("pt", null)]
    [InlineData(" ", null)]
    public void Normalize_DeclaredLanguage_MapsToCode(string declared, string? expected)
    {
        // Act
        var code = LanguageDetector.Normalize(declared);

        // Assert
        Assert.Equal(expected, code);
    }
}
