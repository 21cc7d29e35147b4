using Lucene.Net.Index;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Search;

public sealed class SpellingSuggesterTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("trafficing", "trafficking")]
    [InlineData("Nuñoverro", "nunovero")]
    [InlineData("illegal minning in Lorreto", "illegal mining in loreto")]
    [InlineData("minnig in 1850", "mining in 1850")]
    public void Suggest_MisspelledWords_CorrectsToIndexedTerms(string query, string expected)
    {
        // Arrange
        using var reader = DirectoryReader.Open(seeds.Directory);

        // Act
        var suggestion = SpellingSuggester.Suggest(reader, query);

        // Assert
        Assert.Equal(expected, suggestion);
    }

    [Theory]
    [InlineData("the mining")]
    [InlineData("Nuñovero")]
    [InlineData("AND OR")]
    public void Suggest_KnownWordsOrStopwords_SuggestsNothing(string query)
    {
        // Arrange
        using var reader = DirectoryReader.Open(seeds.Directory);

        // Act
        var suggestion = SpellingSuggester.Suggest(reader, query);

        // Assert
        Assert.Null(suggestion);
    }

    [Theory]
    [InlineData("minnig*", null)]
    [InlineData("minnig~", null)]
    [InlineData("traffi?ing", null)]
    [InlineData("minnig* in Lorreto", "minnig* in loreto")]
    public void Suggest_PatternWords_KeepsThemAsTyped(string query, string? expected)
    {
        // Arrange
        using var reader = DirectoryReader.Open(seeds.Directory);

        // Act
        var suggestion = SpellingSuggester.Suggest(reader, query);

        // Assert
        Assert.Equal(expected, suggestion);
    }

    [Fact]
    public void Suggest_PastedParagraphOfUnknownWords_LooksUpOnlyTheFirstFew()
    {
        // Arrange: each unknown word costs a fuzzy expansion; a 1,000-character query could hold 150.
        using var reader = DirectoryReader.Open(seeds.Directory);
        var query = string.Join(' ', Enumerable.Repeat("minnig", SpellingSuggester.MaxLookups + 5));

        // Act
        var suggestion = SpellingSuggester.Suggest(reader, query);

        // Assert
        var words = suggestion!.Split(' ');
        Assert.Equal(SpellingSuggester.MaxLookups, words.Count(w => w == "mining"));
        Assert.Equal(5, words.Count(w => w == "minnig"));
    }
}
