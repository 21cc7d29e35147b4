using SearchPortal.Core.Analysis;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Tests.Analysis;

public sealed class FoldingTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(TestPaths.TestData("folding-cases.tsv")).Skip(1))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FoldWords_Case_GiveTheAnalyzersTerms(string input, string expected)
    {
        // Arrange
        using var analyzer = ArticleSchema.CreateAnalyzer();

        // Act
        var folded = string.Join(' ', Folding.Words(input).Select(w => Folding.Fold(input[w.Start..w.End])));

        // Assert
        Assert.Equal(expected, folded);
        Assert.Equal(expected, string.Join(' ', AnalyzerTests.Analyze(analyzer, ArticleSchema.Author, input)));
    }

    [Fact]
    public void Fold_CombiningAccent_FoldsLikeThePrecomposedLetter()
    {
        // Act
        var decomposed = Folding.Fold("Peru\u0301 Nun\u0303overo");

        // Assert
        Assert.Equal("peru nunovero", decomposed);
    }

    [Theory]
    [InlineData("Minin\uFFFF", "minin\uFFFF")]
    [InlineData("Per\uD800u", "per\uD800u")]
    public void Fold_TextNormalizationRefuses_FoldsItAsItIs(string text, string expected)
    {
        // Act
        var folded = Folding.Fold(text);

        // Assert
        Assert.Equal(expected, folded);
    }

    [Fact]
    public void FoldChar_EveryCharacter_AgreesWithFoldStringWhereThatIsOneCharacter()
    {
        // Arrange
        var disagreements = new List<string>();

        // Act
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c) || ComposesToAnother(c)) continue;
            var whole = Folding.Fold(c.ToString());
            var expected = whole.Length == 1 ? whole[0] : char.ToLowerInvariant(c);
            if (Folding.Fold(c) != expected) disagreements.Add($"U+{i:X4}");
        }

        // Assert
        Assert.Empty(disagreements);
        Assert.Equal('o', Folding.Fold('Ø'));
        Assert.Equal('ß', Folding.Fold('ß'));
    }

    private static bool ComposesToAnother(char c)
    {
        try
        {
            return c.ToString().Normalize() != c.ToString();
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [Theory]
    [InlineData("O'Neil", "O|Neil")]
    [InlineData("covid-19", "covid|19")]
    [InlineData("e\u0301xito total", "e\u0301xito|total")]
    [InlineData("  ", "")]
    public void Words_Text_SplitsOnEverythingButLettersDigitsAndMarks(string text, string expected)
    {
        // Act
        var words = Folding.Words(text).Select(w => text[w.Start..w.End]);

        // Assert
        Assert.Equal(expected, string.Join('|', words));
    }
}
