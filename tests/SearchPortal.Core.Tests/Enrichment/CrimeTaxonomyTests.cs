using SearchPortal.Core.Enrichment;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class CrimeTaxonomyTests
{
    [Theory]
    [InlineData("Human trafficking", "human trafficking", "trata de personas")]
    [InlineData("Sexual exploitation", "sexual exploitation", "explotación sexual")]
    [InlineData("Forced labour", "forced labour", "trabajo forzoso")]
    [InlineData("Migrant smuggling", "migrant smuggling", "tráfico ilícito de migrantes")]
    [InlineData("Illegal mining", "illegal mining", "minería ilegal")]
    [InlineData("Drug trafficking", "drug trafficking", "narcotráfico")]
    [InlineData("Money laundering", "money laundering", "lavado de activos")]
    [InlineData("Extortion", "extortion", "extorsión")]
    [InlineData("Kidnapping", "kidnapping", "secuestro")]
    [InlineData("Homicide", "homicide", "homicidio")]
    [InlineData("Corruption", "corruption", "corrupción")]
    [InlineData("Arms trafficking", "arms trafficking", "tráfico de armas")]
    [InlineData("Contraband", "contraband", "contrabando")]
    [InlineData("Environmental crime", "environmental crime", "delito ambiental")]
    [InlineData("Fuel theft", "fuel theft", "robo de combustible")]
    [InlineData("Cybercrime", "cybercrime", "ciberdelito")]
    [InlineData("Antiquities trafficking", "antiquities trafficking", "tráfico de bienes culturales")]
    [InlineData("Femicide", "femicide", "feminicidio")]
    [InlineData("Cocaine", "cocaine", "cocaína")]
    [InlineData("Heroin", "heroin trafficking", "tráfico de heroína")]
    [InlineData("Synthetic drugs", "synthetic drugs", "drogas sintéticas")]
    [InlineData("Marijuana", "marijuana", "marihuana")]
    public void LoadDefault_RequiredConcept_HasPrimaryTermsFirst(string label, string primaryEn, string primaryEs)
    {
        // Arrange
        var taxonomy = CrimeTaxonomy.LoadDefault();

        // Act
        var concept = taxonomy.FindByLabel(label);

        // Assert
        Assert.NotNull(concept);
        Assert.Equal(primaryEn, concept.TermsEn[0]);
        Assert.Equal(primaryEs, concept.TermsEs[0]);
    }

    [Theory]
    [InlineData("trata de personas", "Human trafficking")]
    [InlineData("NARCOTRAFICO", "Drug trafficking")]
    [InlineData("  illegal mining ", "Illegal mining")]
    [InlineData("environmental-crime", "Environmental crime")]
    public void FindByLabel_SpanishLabelOrIdInAnyCase_FindsConcept(string name, string expected)
    {
        // Arrange
        var taxonomy = CrimeTaxonomy.LoadDefault();

        // Act
        var concept = taxonomy.FindByLabel(name);

        // Assert
        Assert.Equal(expected, concept?.Label);
    }

    [Fact]
    public void FindByLabel_UnknownLabel_ReturnsNull()
    {
        // Arrange
        var taxonomy = CrimeTaxonomy.LoadDefault();

        // Act
        var concept = taxonomy.FindByLabel("Jaywalking");

        // Assert
        Assert.Null(concept);
    }

    [Fact]
    public void Parse_ConceptWithoutSpanishTerms_Throws()
    {
        // Arrange
        const string json = """{"concepts":[{"id":"x","label":"X","labelEs":"X","termsEn":["x"],"termsEs":[]}]}""";

        // Act
        var error = Record.Exception(() => CrimeTaxonomy.Parse(json));

        // Assert
        Assert.IsType<InvalidDataException>(error);
    }

    [Fact]
    public void LoadDefault_IllegalLoggingAndWildlife_AreEnvironmentalCrimeTerms()
    {
        // Arrange
        var concept = CrimeTaxonomy.LoadDefault().FindByLabel("Environmental crime")!;

        // Act
        var terms = concept.TermsEn.Concat(concept.TermsEs).ToArray();

        // Assert
        Assert.Contains("illegal logging", terms);
        Assert.Contains("wildlife trafficking", terms);
        Assert.Contains("tala ilegal", terms);
    }

    [Fact]
    public void LoadDefault_FineGrainedConcepts_DoNotSwallowTheirNeighbours()
    {
        // Arrange
        var taxonomy = CrimeTaxonomy.LoadDefault();

        // Act
        var homicide = taxonomy.FindByLabel("Homicide")!.TermsEn.Concat(taxonomy.FindByLabel("Homicide")!.TermsEs).ToArray();
        var cocaine = taxonomy.FindByLabel("Cocaine")!.TermsEn.Concat(taxonomy.FindByLabel("Cocaine")!.TermsEs).ToArray();

        // Assert
        Assert.DoesNotContain("femicide", homicide);
        Assert.DoesNotContain("feminicidio", homicide);
        Assert.DoesNotContain(cocaine, t => t.Contains("heroin", StringComparison.Ordinal) || t.Contains("heroína", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ContextTermWithoutNearWords_Throws()
    {
        // Arrange
        const string json = """{"concepts":[{"id":"x","label":"X","labelEs":"X","termsEn":["x"],"termsEs":["x"],"contextTerms":[{"terms":["y"],"near":[]}]}]}""";

        // Act
        var error = Record.Exception(() => CrimeTaxonomy.Parse(json));

        // Assert
        Assert.IsType<InvalidDataException>(error);
    }
}
