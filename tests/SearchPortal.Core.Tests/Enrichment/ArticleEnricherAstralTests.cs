using SearchPortal.Core.Messages;
using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class ArticleEnricherAstralTests
{
    private const string AstralText = "👮🏽‍♀️ La policía rescató víctimas de trata en Iquitos 🇵🇪 𝔘𝔫𝔦 \uD800 \uFFFF fin.";

    [Fact]
    public void Enrich_TextWithEmojiAndLoneSurrogate_StillTagsPlaces()
    {
        // Arrange
        var article = new Article { Id = "a", Source = "a", Title = "🚨 Operativo", Text = AstralText, Language = "es" };

        // Act
        var enriched = ArticleEnricher.CreateDefault().Enrich(article);

        // Assert
        Assert.Contains("Peru/Loreto/Maynas", enriched.Regions);
        Assert.Contains("Human trafficking", enriched.CrimeTypes);
    }

    [Fact]
    public void Parse_QueryOfAstralCharacters_KeepsTheWordsAndExpandsTheConcept()
    {
        // Act
        var parsed = new UserQueryParser().Parse("𝔘𝔫𝔦 👮🏽‍♀️ trata de personas");

        // Assert
        Assert.False(parsed.IsEmpty);
        var query = parsed.Query.ToString();
        Assert.Contains("body_exact:\"trata ? personas\"", query);
        Assert.DoesNotContain(parsed.Notices, n => n.Key is MessageKeys.QueryRepaired or MessageKeys.QueryPlainWords);
        var notice = Assert.Single(parsed.Notices).Text;
        Assert.StartsWith("Also searched: «human trafficking»", notice, StringComparison.Ordinal);
        Assert.EndsWith("(trata de personas)", notice, StringComparison.Ordinal);
    }
}
