using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// Expansion never puts translated matches above native ones (issue 16): on Spanish news among English newswire on
/// drugs, where "narcotráfico" once ranked four Reuters articles first.
/// </summary>
public sealed class NativeFirstRankingTests(NativeFirstIndexFixture index) : IClassFixture<NativeFirstIndexFixture>
{
    [Theory]
    [InlineData("narcotráfico", "es", 5)]
    [InlineData("narcotraficantes", "es", 5)]
    [InlineData("cocaína", "es", 5)]
    [InlineData("drug trafficking", "en", 4)]
    public void Search_ConceptQuery_RanksTheQueryLanguagesOwnMatchesFirst(string query, string language, int atLeast)
    {
        // Arrange: the articles that match the typed words themselves.
        var native = index.Search(query, expand: false).Hits.Count(h => h.Language == language);

        // Act
        var expanded = index.Search(query);

        // Assert
        Assert.True(native >= atLeast, $"{native} {language} articles match «{query}»");
        Assert.Contains(expanded.Hits, h => h.Language != language);
        var languages = expanded.Hits.Select(h => h.Language).ToList();
        Assert.Equal(Enumerable.Repeat(language, native), languages.Take(native));
    }

    [Fact]
    public void Search_ExpandedQuery_ScoresAnAddedTermMatchBelowTheWeakestNativeMatch()
    {
        // Act
        var hits = index.Search("narcotráfico").Hits;

        // Assert
        var weakestNative = hits.Where(h => h.Language == "es").Min(h => h.Score);
        var bestAdded = hits.Where(h => h.Language == "en").Max(h => h.Score);
        Assert.True(bestAdded < weakestNative, $"best added-term hit {bestAdded} ≥ weakest native hit {weakestNative}");
    }
}
