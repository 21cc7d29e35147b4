using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Evaluation;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Facets;

public sealed class RegionTreeTests
{
    private const int TopN = 100;

    [Fact]
    public void Run_ThePlaceOfEveryGazetteerCountry_ListsCountryThenDivisionThenPlace()
    {
        // Arrange: per country, an article about its most populous place and one that only mentions it.
        var gazetteer = Gazetteer.Default;
        var places = gazetteer.Countries
            .Select(c => gazetteer.Localities.Where(l => l.Country == c.Name).MaxBy(l => l.Population))
            .OfType<GazetteerPlace>()
            .ToList();
        var articles = places.SelectMany((p, i) => new[]
        {
            ArticleIndex.Article($"about-{i}", "text") with { Regions = [p.Path] },
            ArticleIndex.Article($"mentions-{i}", "text") with { RegionMentions = [p.Path] },
        }).ToArray();
        using var index = new ArticleIndex(articles);

        // Act
        var about = FacetedSearch.Run(index.Searcher, null, FacetSelection.Empty, null, TopN)["region"];
        var mentions = FacetedSearch.Run(index.Searcher, null, FacetSelection.Empty.WithMatch(FacetMatch.Mentions), null, TopN)["region"];

        // Assert
        Assert.True(places.Count >= 25, $"only {places.Count} countries have a place");
        Assert.Equal(places.Count, about.Count);
        foreach (var place in places)
        {
            var division = Assert.Single(Assert.Single(about, v => v.Value == place.Country).Children);
            Assert.Equal(place.Division, division.Value);
            var leaf = Assert.Single(division.Children);
            Assert.Equal((place.Path, place.Name, 1), (leaf.Value, leaf.Label, leaf.Count));
            Assert.Equal(2, Assert.Single(mentions, v => v.Value == place.Country).Children.Single().Children.Single().Count);
        }
    }

    [Fact]
    public void Run_EnrichedDevSet_LabelledDivisionsSitUnderTheirCountry()
    {
        // Arrange
        var set = TagDevSet.Load(TestPaths.TestData("enrichment-devset.jsonl"));
        var enricher = ArticleEnricher.CreateDefault();
        using var index = new ArticleIndex([.. set.Select(a => enricher.Enrich(a.Article))]);
        var divisions = new[] { "Mexico/Guanajuato", "Argentina/Santa Fe", "Venezuela/Trujillo", "Colombia/Amazonas", "Brazil/Amazonas", "Peru/Madre de Dios" };

        // Act
        var tree = FacetedSearch.Run(index.Searcher, null, FacetSelection.Empty, null, TopN)["region"];

        // Assert
        Assert.True(tree.Count >= 15, $"{tree.Count} countries: {string.Join(", ", tree.Select(v => v.Value))}");
        Assert.All(tree, country => Assert.All(country.Children, d => Assert.StartsWith(country.Value + FacetSchema.PathSeparator, d.Value, StringComparison.Ordinal)));
        foreach (var division in divisions)
        {
            var country = Assert.Single(tree, v => v.Value == Gazetteer.Parent(division));
            Assert.Contains(country.Children, d => d.Value == division);
        }
    }
}
