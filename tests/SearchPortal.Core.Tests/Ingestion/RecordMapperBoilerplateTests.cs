using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Ingestion;

public sealed class RecordMapperBoilerplateTests
{
    private static Article Map(string text)
    {
        var fields = new Dictionary<string, string?> { ["id"] = "r1", ["title"] = "Extortion in Trujillo", ["text"] = text, ["language"] = "en" };
        return RecordMapper.Map(fields, "feed.jsonl", 1, IngestionOptions.Default, _ => { })!;
    }

    [Fact]
    public void Map_RecordWithSeeAlsoHeadline_DropsTheLineAndItsTags()
    {
        // Arrange
        const string text = "Peruvian police arrested extortionists in Trujillo.\n\nSEE ALSO: Kidnapping Gangs Spread in Venezuela\n\nThe gang demanded payments from bus companies.";

        // Act
        var article = Map(text);
        var enriched = ArticleEnricher.CreateDefault().Enrich(article);

        // Assert
        Assert.Equal("Peruvian police arrested extortionists in Trujillo.\n\nThe gang demanded payments from bus companies.", article.Text);
        Assert.DoesNotContain("Kidnapping", enriched.CrimeTypeMentions);
        Assert.DoesNotContain(enriched.RegionMentions, p => p.StartsWith("Venezuela", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_RecordWithRelatedContentTail_CutsTheTail()
    {
        // Arrange
        const string text = "Body paragraph about mining.\nRelated Content\nCocaine Seized in Callao\nGangs in Lima";

        // Act
        var article = Map(text);

        // Assert
        Assert.Equal("Body paragraph about mining.", article.Text);
    }

    [Fact]
    public void Map_RecordWithoutBoilerplate_KeepsTheTextAsItCame()
    {
        // Arrange
        const string text = "Line one of a wire story\n    wrapped onto a second line.\n\nA second paragraph.";

        // Act
        var article = Map(text);

        // Assert
        Assert.Equal(text, article.Text);
    }
}
