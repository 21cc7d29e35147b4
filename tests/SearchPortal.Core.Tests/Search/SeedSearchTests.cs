using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Search;

public sealed class SeedSearchTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void Search_IllegalMiningPhrase_ReturnsExactlyTheSeedsWithThePhrase()
    {
        // Arrange
        var expected = Directory.GetFiles(TestPaths.Seeds)
            .Where(f => new Core.Ingestion.ScrapedPageExtractor().Extract(File.ReadAllText(f)).Text.Contains("illegal mining", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetFileName(f))
            .Order()
            .ToList();

        // Act
        var response = seeds.Search("\"illegal mining\"");

        // Assert
        Assert.Equal(4, expected.Count);
        Assert.Equal(expected, response.Hits.Select(h => h.Source).Order().ToList());
        Assert.Equal(4, response.Total);
    }

    public static TheoryData<string> BoilerplateWords() =>
        new(File.ReadLines(TestPaths.TestData("boilerplate-words.txt")).Where(l => l.Length > 0 && l[0] != '#'));

    [Theory]
    [MemberData(nameof(BoilerplateWords))]
    public void Search_WordOnlyInBoilerplate_FindsNothing(string word)
    {
        // Arrange
        var occursInRawSeeds = Directory.GetFiles(TestPaths.Seeds).Any(f => File.ReadAllText(f).Contains(word, StringComparison.OrdinalIgnoreCase));

        // Act
        var response = seeds.Search(word);

        // Assert
        Assert.True(occursInRawSeeds, $"'{word}' should occur in some seed's boilerplate");
        Assert.Equal(0, response.Total);
    }

    [Fact]
    public void Search_EmptyQuery_ListsAllNewestFirstWithUndatedLast()
    {
        // Act
        var response = seeds.Search("");

        // Assert
        Assert.Equal(5, response.Total);
        Assert.Equal(["002", "001", "000", "003", "004"], response.Hits.Select(h => h.Source[..3]).ToList());
    }

    [Fact]
    public void Search_AccentlessNameQuery_FindsAccentedName()
    {
        // Act
        var response = seeds.Search("Nunovero");

        // Assert
        Assert.Equal("004_57684e3b05b82430.txt", Assert.Single(response.Hits).Source);
    }

    [Fact]
    public void Search_SecondPage_ContinuesRanking()
    {
        // Arrange
        var all = seeds.Search("trafficking");

        // Act
        var second = seeds.Search(new Core.Search.SearchRequest { Query = "trafficking", Size = 2, Page = 2 });

        // Assert
        Assert.Equal(all.Hits.Skip(2).Take(2).Select(h => h.Id), second.Hits.Select(h => h.Id));
        Assert.Equal(all.Total, second.Total);
    }

    [Fact]
    public void Search_TitleBoost_RanksTitleMatchFirst()
    {
        // Act
        var response = seeds.Search("brothels");

        // Assert
        Assert.StartsWith("003", response.Hits[0].Source);
    }
}
