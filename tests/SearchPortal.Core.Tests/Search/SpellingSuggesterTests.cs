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
}
