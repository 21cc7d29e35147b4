using SearchPortal.Core.Facets;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Search;

public sealed class SeedMatchTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static SearchRequest Request(FacetMatch match, FacetSelection? filters = null) =>
        new() { Filters = (filters ?? FacetSelection.Empty).WithMatch(match), FacetSize = 100 };

    [Fact]
    public void Search_CountryTheSeedsOnlyMention_FoundByMentionsNotByFocus()
    {
        // Arrange: three seeds name Brazil in passing; none is about it.
        var brazil = FacetSelection.Empty.With(FacetSchema.Region, "Brazil");

        // Act
        var about = seeds.Search(Request(FacetMatch.About, brazil));
        var mentions = seeds.Search(Request(FacetMatch.Mentions, brazil));

        // Assert
        Assert.Empty(about.FilterErrors);
        Assert.Equal(0, about.Total);
        Assert.Equal(3, mentions.Total);
        Assert.Equal(FacetMatch.Mentions, mentions.Match);
        Assert.All(mentions.Hits, h => Assert.Contains("Brazil", h.RegionMentions));
        Assert.All(mentions.Hits, h => Assert.DoesNotContain(h.Regions, r => r.StartsWith("Brazil", StringComparison.Ordinal)));
    }

    [Fact]
    public void Search_AllSeeds_MentionCountsNeverBelowFocusCounts()
    {
        // Act
        var about = Counts(seeds.Search(Request(FacetMatch.About)));
        var mentions = Counts(seeds.Search(Request(FacetMatch.Mentions)));

        // Assert
        Assert.Contains(mentions, m => m.Value > about.GetValueOrDefault(m.Key));
        Assert.All(about, a => Assert.True(mentions.GetValueOrDefault(a.Key) >= a.Value, $"{a.Key}: {a.Value} about, {mentions.GetValueOrDefault(a.Key)} mentions"));
        Assert.Equal(about.Where(a => a.Key.StartsWith("year=", StringComparison.Ordinal)), mentions.Where(m => m.Key.StartsWith("year=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(FacetMatch.About)]
    [InlineData(FacetMatch.Mentions)]
    public void Search_AllSeeds_RegionTreeKeepsPeruDepartments(FacetMatch match)
    {
        // Act
        var regions = seeds.Search(Request(match)).Facets["region"];

        // Assert
        var peru = Assert.Single(regions, r => r.Value == "Peru");
        Assert.Equal(5, peru.Count);
        foreach (var department in new[] { "Madre de Dios", "Loreto", "Puno", "Tacna", "Piura" })
        {
            Assert.Contains(peru.Children, d => d.Value == "Peru/" + department && d.Label == department && d.Count > 0);
        }
    }

    private static Dictionary<string, int> Counts(SearchResponse response) =>
        response.Facets.SelectMany(f => Flatten(f.Value).Select(v => KeyValuePair.Create($"{f.Key}={v.Value}", v.Count))).ToDictionary();

    private static IEnumerable<FacetValue> Flatten(IEnumerable<FacetValue> values) => values.SelectMany(v => Flatten(v.Children).Prepend(v));
}
