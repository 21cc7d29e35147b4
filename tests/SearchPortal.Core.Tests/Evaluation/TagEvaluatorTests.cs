using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Evaluation;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class TagEvaluatorTests
{
    [Fact]
    public void Evaluate_DevSetWithDefaultEnricher_MeetsTheFloors()
    {
        // Arrange: 65 short articles written for the project plus the five seeds, labelled by a reader.
        var set = TagDevSet.Load(TestPaths.TestData("enrichment-devset.jsonl"));

        // Act
        var result = TagEvaluator.Evaluate(set, ArticleEnricher.CreateDefault().Enrich);

        // Assert
        Assert.Equal(70, result.Articles);
        Assert.Empty(result.WrongCountry);
        Assert.InRange(result.Countries.Precision, 0.90, 1);
        Assert.InRange(result.Countries.Recall, 0.95, 1);
        Assert.InRange(result.Divisions.Precision, 0.85, 1);
        Assert.InRange(result.Divisions.Recall, 0.95, 1);
        Assert.InRange(result.CrimeTypes.Precision, 0.80, 1);
        Assert.InRange(result.CrimeTypes.Recall, 0.85, 1);
        Assert.InRange(result.Groups.Precision, 0.90, 1);
        Assert.InRange(result.Groups.Recall, 0.95, 1);
    }

    [Fact]
    public void Evaluate_FreshSetWrittenAfterTheRules_MeetsTheFloorsWithoutWrongCountries()
    {
        // Arrange: 12 longer articles written after the rules were designed, with passing mentions of neighbours.
        var set = TagDevSet.Load(TestPaths.TestData("enrichment-devset-fresh.jsonl"));

        // Act
        var result = TagEvaluator.Evaluate(set, ArticleEnricher.CreateDefault().Enrich);

        // Assert
        Assert.Empty(result.WrongCountry);
        Assert.InRange(result.Countries.Precision, 0.80, 1);
        Assert.InRange(result.Countries.Recall, 0.95, 1);
        Assert.InRange(result.CrimeTypes.Precision, 0.85, 1);
        Assert.InRange(result.CrimeTypes.Recall, 0.80, 1);
    }

    [Fact]
    public void Evaluate_TagInACountryTheArticleDoesNotName_IsAWrongCountryError()
    {
        // Arrange
        var article = new Article { Id = "x", Source = "x", Title = "t", Text = "b" };
        var labels = new TagLabels(["Mexico"], ["Mexico/Guanajuato"], ["Fuel theft"], []);
        var set = new[] { new LabelledArticle(article, labels, ["Colombia"]) };
        static Article Enrich(Article a) => a with
        {
            Regions = ["Mexico/Guanajuato/León"],
            RegionMentions = ["Colombia", "Mexico/Guanajuato/León", "Peru/Lima/Lima"],
            CrimeTypes = ["Fuel theft", "Homicide"],
        };

        // Act
        var result = TagEvaluator.Evaluate(set, Enrich);

        // Assert
        Assert.Equal(new TagScore(1, 0, 0), result.Countries);
        Assert.Equal(new TagScore(1, 0, 0), result.Divisions);
        Assert.Equal(new TagScore(1, 1, 0), result.CrimeTypes);
        Assert.Equal(0.5, result.CrimeTypes.Precision);
        Assert.Equal("Peru/Lima/Lima", Assert.Single(result.WrongCountry).Tag);
    }

    [Fact]
    public void Parse_LineWithoutFocus_ThrowsWithTheLineNumber()
    {
        // Arrange
        var reader = new StringReader("{\"id\":\"a\",\"title\":\"t\",\"text\":\"x\",\"focus\":{}}\n{\"id\":\"b\",\"title\":\"t\",\"text\":\"x\"}\n");

        // Act
        var error = Record.Exception(() => TagDevSet.Parse(reader));

        // Assert
        Assert.IsType<FormatException>(error);
        Assert.Contains("Line 2", error.Message);
    }
}
