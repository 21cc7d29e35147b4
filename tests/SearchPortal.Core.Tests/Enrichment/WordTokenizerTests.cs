using SearchPortal.Core.Analysis;
using SearchPortal.Core.Enrichment;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class WordTokenizerTests
{
    [Theory]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ørsted", "orsted")]
    [InlineData("Nuñovero", "nunovero")]
    [InlineData("SÃO PAULO", "sao paulo")]
    public void Tokenize_LettersTheAnalyzersFold_KeysAsFoldingDoes(string text, string expected)
    {
        // Act
        var keys = string.Join(' ', WordTokenizer.Tokenize(text).Select(t => t.Folded));

        // Assert: enrichment's keys are the one text module's fold, so tags and searches agree on a name.
        Assert.Equal(expected, keys);
        Assert.Equal(expected, string.Join(' ', Folding.Words(text).Select(w => Folding.Fold(text[w.Start..w.End]))));
    }

    [Fact]
    public void Tokenize_WordsAndPunctuation_SpansMatchTheOriginal()
    {
        // Arrange
        const string text = "Tren de Aragua's leader, in São-Paulo.";

        // Act
        var tokens = WordTokenizer.Tokenize(text);

        // Assert
        Assert.Equal(["Tren", "de", "Aragua", "s", "leader", "in", "São", "Paulo"], tokens.Select(t => text[t.Start..t.End]));
        Assert.All(tokens, t => Assert.Equal(t.Folded, WordTokenizer.Fold(text[t.Start..t.End])));
    }
}
