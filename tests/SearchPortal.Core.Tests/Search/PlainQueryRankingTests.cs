using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;
using static SearchPortal.Core.Tests.Fixtures.ArticleIndex;

namespace SearchPortal.Core.Tests.Search;

public sealed class PlainQueryRankingTests
{
    [Fact]
    public void Search_WordsNearEachOther_RankAboveMoreFrequentWordsFarApart()
    {
        // Arrange: "far" has "mining" twice, so plain BM25 prefers it.
        using var index = new ArticleIndex(
            Article("near", "Police raided an illegal mining camp on the river bank near the town before dawn."),
            Article("far", "Illegal roadblocks closed the highway. Elsewhere, mining exports rose and mining jobs grew."));
        var parser = new UserQueryParser();
        var withoutProximity = new UserQueryParser(QueryPolicy.Default with { ProximityBoost = 0 });

        // Act
        var ranked = index.Ids(parser.Parse("illegal mining", expand: false).Query);
        var unranked = index.Ids(withoutProximity.Parse("illegal mining", expand: false).Query);

        // Assert
        Assert.Equal(["near", "far"], ranked);
        Assert.Equal(["far", "near"], unranked);
    }

    [Fact]
    public void Search_UnquotedSpanishPhrase_FindsSpanishArticleDespiteTheStopword()
    {
        // Arrange: "de" is dropped from every Spanish and exact field, so requiring it would find nothing.
        using var index = new ArticleIndex(Article("es", "La fiscalía investiga una red de trata de personas en Cusco.", "es"));

        // Act
        var ids = index.Ids(new UserQueryParser().Parse("trata de personas", expand: false).Query);

        // Assert
        Assert.Equal(["es"], ids);
    }

    [Fact]
    public void Search_LongQuery_FindsArticlesWithSomeOfTheWordsMostFirst()
    {
        // Arrange
        using var index = new ArticleIndex(
            Article("three", "Gold dredges work the river at night."),
            Article("one", "The river flooded the market."),
            Article("none", "Elections were held in March."));

        // Act
        var ids = index.Ids(new UserQueryParser().Parse("gold dredges along the Madre de Dios river").Query);

        // Assert
        Assert.Equal(["three", "one"], ids);
    }

    [Fact]
    public void Search_ShortQuery_RequiresEveryWord()
    {
        // Arrange
        using var index = new ArticleIndex(
            Article("both", "Gold dredges work the river at night."),
            Article("one", "The river flooded the market."));

        // Act
        var ids = index.Ids(new UserQueryParser().Parse("gold river").Query);

        // Assert
        Assert.Equal(["both"], ids);
    }
}
