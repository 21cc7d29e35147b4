using SearchPortal.Core.Enrichment;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class CrimeTaggerTests
{
    private static readonly CrimeTagger Tagger = new();

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in EnrichmentCases.Rows("enrichment-crime-cases.tsv")) data.Add(row[0], row[1], row[2]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tag_Case_ReturnsExpectedLabels(string language, string text, string expected)
    {
        // Arrange
        var labels = EnrichmentCases.List(expected);

        // Act
        var crimes = Tagger.Tag(text, language.Length == 0 ? null : language);

        // Assert
        Assert.Equal(labels, crimes);
    }

    [Fact]
    public void Tag_EveryTaxonomyTerm_TagsItsOwnConcept()
    {
        // Arrange
        var taxonomy = CrimeTaxonomy.LoadDefault();

        // Act
        var misses = taxonomy.Concepts
            .SelectMany(c => c.TermsEn.Select(t => (c, t, "en")).Concat(c.TermsEs.Select(t => (c, t, "es"))))
            .Where(x => !Tagger.Tag("… " + x.t + " …", x.Item3).Contains(x.c.Label))
            .Select(x => x.c.Id + ": " + x.t)
            .ToArray();

        // Assert
        Assert.Empty(misses);
    }
}
