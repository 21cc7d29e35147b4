using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

using SearchPortal.Core.Indexing;
using SearchPortal.Core.Tests.Export;

namespace SearchPortal.Core.Tests.Search;

public sealed class MoreLikeThisTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void MoreLikeThis_SeedArticle_ListsOtherArticlesNeverItself()
    {
        // Arrange
        var article = seeds.Search("Nunovero").Hits.Single();
        var others = seeds.Search("*").Hits.Select(h => h.Key).Where(key => key != article.Key).Order().ToList();

        // Act
        using var snapshot = seeds.Snapshots.Current();
        var similar = seeds.Searcher.MoreLikeThis(snapshot, article.Key, 5);

        // Assert: the five seeds all share trafficking vocabulary, so the other four are all similar.
        Assert.Equal(4, others.Count);
        Assert.Equal(others, similar.Select(h => h.Key).Order());
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(20, 7)]
    public void MoreLikeThis_EightArticlesOnOneSubject_ReturnsAtMostTheRequestedCountNeverItself(int requested, int expected)
    {
        // Arrange
        using var folder = new TempFolder();
        using var directory = JsonlCorpus.NewDirectory();
        string[] rivers = ["Inambari", "Tambopata", "Malinowski", "Huepetuhe", "Colorado", "Nanay", "Putumayo", "Pachitea"];
        new JsonlCorpus(folder, directory).Rebuild(rivers
            .Select(river => new JsonlCorpus.Doc(river.ToLowerInvariant(), $"Dredges on the {river}",
                $"Gold dredges on the {river} river dump mercury. Mercury from the gold dredges poisons fish, and the dredges work at night."))
            .ToArray());
        using var snapshots = new IndexSnapshots(directory);
        using var snapshot = snapshots.Current();
        var searcher = new ArticleSearcher();
        var article = searcher.Search(snapshot, new SearchRequest { Query = "title:\"Dredges on the Inambari\"" }).Hits.Single();

        // Act
        var similar = searcher.MoreLikeThis(snapshot, article.Key, requested);

        // Assert
        Assert.Equal(expected, similar.Count);
        Assert.DoesNotContain(similar, h => h.Key == article.Key);
        Assert.Equal(expected, similar.Select(h => h.Key).Distinct().Count());
    }

    [Fact]
    public void MoreLikeThis_NearDuplicate_RanksItFirst()
    {
        // Arrange
        using var folder = new TempFolder();
        using var directory = JsonlCorpus.NewDirectory();
        new JsonlCorpus(folder, directory).Rebuild(
            new("gold-1", "Mercury from gold dredges", "Gold dredges on the Madre de Dios river dump mercury. Mercury from the gold dredges poisons fish, and the dredges work at night."),
            new("gold-2", "Dredges keep dumping mercury", "The gold dredges are back on the Madre de Dios river; the dredges dump mercury and the mercury reaches the fish markets."),
            new("extortion", "Bus drivers extorted", "Extortion gangs in Trujillo threaten bus drivers. Bus companies pay the gangs every week."),
            new("cocaine", "Cocaine in Callao", "Police seized cocaine in Callao. The cocaine was hidden in containers of fruit, police said."),
            new("vote", "Regional elections", "Voters in Piura choose a governor. Turnout was high in the elections."));
        using var snapshots = new IndexSnapshots(directory);
        using var snapshot = snapshots.Current();
        var searcher = new ArticleSearcher();
        var gold = searcher.Search(snapshot, new SearchRequest { Query = "title:\"Mercury from gold dredges\"" }).Hits.Single();

        // Act
        var similar = searcher.MoreLikeThis(snapshot, gold.Key, 5);

        // Assert
        Assert.Equal("Dredges keep dumping mercury", similar[0].Title);
        Assert.DoesNotContain(similar, h => h.Key == gold.Key);
    }

    [Theory]
    [InlineData("0000000000000000")]
    [InlineData("../etc/passwd")]
    [InlineData("")]
    public void MoreLikeThis_UnknownOrMalformedKey_ReturnsNothing(string key)
    {
        // Act
        using var snapshot = seeds.Snapshots.Current();
        var similar = seeds.Searcher.MoreLikeThis(snapshot, key, 5);

        // Assert
        Assert.Empty(similar);
    }
}
