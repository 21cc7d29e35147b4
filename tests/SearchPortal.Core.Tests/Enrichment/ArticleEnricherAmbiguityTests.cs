using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class ArticleEnricherAmbiguityTests
{
    private static readonly ArticleEnricher Enricher = ArticleEnricher.CreateDefault();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in EnrichmentCases.Rows("enrichment-ambiguity-cases.tsv")) data.Add(row[0], row[1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Enrich_AmbiguousPlaceName_ResolvesByContextOrNotAtAll(string article, string expected)
    {
        // Arrange
        var text = article.Replace("\\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var input = new Article { Id = "a", Source = "a", Title = text[..split], Text = text[(split + 2)..] };

        // Act
        var enriched = Enricher.Enrich(input);

        // Assert
        Assert.Equal(EnrichmentCases.List(expected), enriched.RegionMentions);
    }

    [Fact]
    public void Enrich_SameTownWithAndWithoutOutletCountry_ResolvesOnlyWithEvidence()
    {
        // Arrange: "Trujillo" is a Peruvian city and a Venezuelan state; a Peruvian outlet is evidence of Peru.
        var article = new Article { Id = "a", Source = "a", Title = "Extorsión", Text = "Capturan a extorsionadores en Trujillo." };

        // Act
        var bare = Enricher.Enrich(article);
        var fromPeru = Enricher.Enrich(article with { Outlet = "RPP" });

        // Assert
        Assert.Empty(bare.RegionMentions);
        Assert.Equal(["Peru/La Libertad/Trujillo"], fromPeru.RegionMentions);
    }
}
