using System.Text.Json;
using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class ArticleEnricherTests
{
    private static readonly ArticleEnricher Enricher = ArticleEnricher.CreateDefault();

    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Expectations().Keys.Order(StringComparer.Ordinal)) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Enrich_CleanSeedBody_ReturnsExpectedFocusTags(string seed)
    {
        // Arrange
        var expected = Expectations()[seed];
        var article = CleanSeed(seed);

        // Act
        var enriched = Enricher.Enrich(article);

        // Assert
        Assert.Equal(expected.Regions, enriched.Regions);
        Assert.Equal(expected.CrimeTypes, enriched.CrimeTypes);
        Assert.Equal(expected.Groups, enriched.Groups);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Enrich_CleanSeedBody_KeepsEveryMention(string seed)
    {
        // Arrange
        var expected = Expectations()[seed];
        var article = CleanSeed(seed);

        // Act
        var enriched = Enricher.Enrich(article);

        // Assert
        Assert.Equal(expected.RegionMentions, enriched.RegionMentions);
        Assert.Equal(expected.CrimeTypeMentions, enriched.CrimeTypeMentions);
        Assert.All(enriched.Regions, focus => Assert.Contains(enriched.RegionMentions, m => m == focus || m.StartsWith(focus + "/", StringComparison.Ordinal)));
        Assert.Superset(enriched.CrimeTypes.ToHashSet(), enriched.CrimeTypeMentions.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void CleanSeedBody_EveryParagraph_IsVerbatimFromTheSeedPage(string seed)
    {
        // Arrange
        var page = File.ReadAllText(Path.Combine(TestPaths.Seeds, seed));
        var article = CleanSeed(seed);

        // Act
        var missing = article.Text.Split("\n\n").Prepend(article.Title).Where(p => !page.Contains(p, StringComparison.Ordinal)).ToArray();

        // Assert
        Assert.Empty(missing);
    }

    [Fact]
    public void Enrich_RawSeedWithBoilerplate_TagsDrugTraffickingThatTheCleanBodyDoesNot()
    {
        // Arrange
        const string seed = "000_09618ac110ba3218.txt";
        var raw = CleanSeed(seed) with { Text = File.ReadAllText(Path.Combine(TestPaths.Seeds, seed)) };

        // Act
        var fromRaw = Enricher.Enrich(raw).CrimeTypeMentions;
        var fromClean = Enricher.Enrich(CleanSeed(seed)).CrimeTypeMentions;

        // Assert
        Assert.Contains("Drug trafficking", fromRaw);
        Assert.DoesNotContain("Drug trafficking", fromClean);
    }

    [Fact]
    public void Enrich_OutletAliasAndMissingOutlet_NormalisesOrFallsBackToUrlHost()
    {
        // Arrange
        var named = CleanSeed("002_ddcfda71de16544c.txt") with { Outlet = "Dialogo Americas" };
        var unnamed = named with { Outlet = null, Url = "https://insightcrime.org/news/brief/x/" };

        // Act
        var fromName = Enricher.Enrich(named).Outlet;
        var fromUrl = Enricher.Enrich(unnamed).Outlet;

        // Assert
        Assert.Equal("Diálogo", fromName);
        Assert.Equal("InSight Crime", fromUrl);
    }

    [Fact]
    public void Enrich_SharedAcrossThreads_GivesTheSameTagsAsSequential()
    {
        // Arrange
        var articles = Expectations().Keys.Select(CleanSeed).ToArray();
        var sequential = articles.Select(a => Describe(Enricher.Enrich(a))).ToArray();

        // Act
        var parallel = Enumerable.Range(0, 40).AsParallel()
            .Select(i => Describe(Enricher.Enrich(articles[i % articles.Length])))
            .ToArray();

        // Assert
        Assert.All(Enumerable.Range(0, 40), i => Assert.Equal(sequential[i % articles.Length], parallel[i]));
    }

    private static string Describe(Article article) =>
        string.Join('|', article.Regions) + "#" + string.Join('|', article.RegionMentions) + "#" + string.Join('|', article.CrimeTypes) + "#" + string.Join('|', article.CrimeTypeMentions);

    private static Article CleanSeed(string seed)
    {
        var text = File.ReadAllText(TestPaths.TestData("enrichment-seed-" + Path.GetFileNameWithoutExtension(seed) + ".txt"));
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        return new Article
        {
            Id = seed,
            Source = seed,
            Title = text[..split],
            Text = text[(split + 2)..].TrimEnd(),
            Language = "en",
        };
    }

    private static Dictionary<string, SeedTags> Expectations() =>
        JsonSerializer.Deserialize<Dictionary<string, SeedTags>>(
            File.ReadAllText(TestPaths.TestData("enrichment-seed-tags.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    private sealed record SeedTags(string[] Regions, string[] RegionMentions, string[] CrimeTypes, string[] CrimeTypeMentions, string[] Groups, string Notes);
}
