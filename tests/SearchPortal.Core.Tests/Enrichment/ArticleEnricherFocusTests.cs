using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class ArticleEnricherFocusTests
{
    private static readonly ArticleEnricher Enricher = ArticleEnricher.CreateDefault();

    private static Article Article(string title, params string[] paragraphs) =>
        new() { Id = "a", Source = "a", Title = title, Text = string.Join("\n\n", paragraphs), Language = "en" };

    [Fact]
    public void Enrich_OnePassingMentionOfKidnappingInTheBody_IsAMentionNotAFocus()
    {
        // Arrange
        var article = Article("Panama Acquits Law Firm Founders of Money Laundering",
            "A Panamanian court acquitted the founders of a law firm of money laundering.",
            "The judge said the evidence on the shell companies had not been handled properly.",
            "The leak showed how the firm helped clients launder money through offshore companies.",
            "One former client was later convicted of kidnapping in Mexico.");

        // Act
        var enriched = Enricher.Enrich(article);

        // Assert
        Assert.Equal(["Money laundering"], enriched.CrimeTypes);
        Assert.Equal(["Kidnapping", "Money laundering"], enriched.CrimeTypeMentions);
        Assert.Equal(["Panama"], enriched.Regions);
        Assert.Equal(["Mexico", "Panama"], enriched.RegionMentions);
    }

    [Fact]
    public void Enrich_CrimeInTheTitle_IsAFocusEvenOnce()
    {
        // Arrange
        var article = Article("Kidnappings Rise in Ecuador", "Police reported more cases this year.", "Officials blame gangs.");

        // Act
        var enriched = Enricher.Enrich(article);

        // Assert
        Assert.Equal(["Kidnapping"], enriched.CrimeTypes);
        Assert.Equal(["Ecuador"], enriched.Regions);
    }

    [Fact]
    public void Enrich_GroupNamedAfterAPlace_IsAGroupAndNotAPlace()
    {
        // Arrange
        var article = Article("Sinaloa Cartel Deepens Ties to Ecuador's Los Choneros",
            "The Sinaloa Cartel has strengthened its alliance with Los Choneros to move cocaine through Guayaquil, Ecuadorian officials said.",
            "Los Choneros control the ports of Guayaquil and Manta.");

        // Act
        var enriched = Enricher.Enrich(article);

        // Assert
        Assert.Equal(["Los Choneros", "Sinaloa Cartel"], enriched.Groups);
        Assert.DoesNotContain(enriched.RegionMentions, p => p.StartsWith("Mexico", StringComparison.Ordinal));
        Assert.Contains("Ecuador/Guayas/Guayaquil", enriched.Regions);
    }

    [Fact]
    public void Enrich_CountryNamedOnceAmongMany_IsAMentionOnly()
    {
        // Arrange
        var article = Article("Peru Rescues Trafficking Victims in Madre de Dios",
            "Peruvian police rescued 40 women from bars in Madre de Dios, in southern Peru.",
            "The operation followed a year of complaints from the victims' families.",
            "Some of the women had been brought from Puno and Cusco.",
            "Others later travelled to Chile, Bolivia and Argentina, officials in Peru said.");

        // Act
        var enriched = Enricher.Enrich(article);

        // Assert
        Assert.Equal(["Peru/Madre de Dios"], enriched.Regions);
        Assert.Contains("Peru/Cusco", enriched.RegionMentions);
        Assert.Contains("Chile", enriched.RegionMentions);
        Assert.Contains("Argentina", enriched.RegionMentions);
    }

    [Fact]
    public void Enrich_StricterPolicy_MakesFewerFocusTagsFromTheSameMentions()
    {
        // Arrange
        var article = Article("Police Report", "Extortion of bus drivers rose in Lima, Peru.", "Officers arrested ten people.");
        var strict = new ArticleEnricher(new RegionTagger(), new CrimeTagger(), new GroupTagger(), FocusPolicy.Default with { MinScore = 3 });

        // Act
        var normal = Enricher.Enrich(article);
        var fewer = strict.Enrich(article);

        // Assert
        Assert.Equal(["Extortion"], normal.CrimeTypes);
        Assert.Empty(fewer.CrimeTypes);
        Assert.Equal(normal.CrimeTypeMentions, fewer.CrimeTypeMentions);
    }
}
