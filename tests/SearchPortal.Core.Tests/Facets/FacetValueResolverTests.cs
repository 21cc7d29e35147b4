using Lucene.Net.Index;
using SearchPortal.Core.Facets;
using static SearchPortal.Core.Tests.Facets.FacetTestIndex;

namespace SearchPortal.Core.Tests.Facets;

public sealed class FacetValueResolverTests
{
    [Theory]
    [InlineData("region", "peru/madre de dios", "Peru/Madre de Dios")]
    [InlineData("region", "PERÚ / MADRE DE DÍOS / tambopata", "Peru/Madre de Dios/Tambopata")]
    [InlineData("region", "loreto", "Peru/Loreto")]
    [InlineData("region", "Colombia/Narino", "Colombia/Nariño")]
    [InlineData("outlet", "la republica", "La República")]
    [InlineData("language", "english", "en")]
    [InlineData("language", "Espanol", "es")]
    [InlineData("crime", "Smuggling", "Smuggling")]
    public void Resolve_TypedValue_BecomesTheStoredValue(string dimension, string typed, string expected)
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var selection = FacetSelection.Parse([$"{dimension}={typed}"], out _);

        // Act
        var resolved = FacetValueResolver.Resolve(reader, selection, out var errors);

        // Assert
        Assert.Empty(errors);
        Assert.Equal([expected], resolved.ValuesOf(FacetSchema.Find(dimension)!).Texts());
    }

    [Fact]
    public void Resolve_ValueStoredWithAndWithoutAccent_SelectsBoth()
    {
        // Arrange
        FacetDoc Doc(string id, string region) => new(id, [region], 2020, [], null, null, "text");
        using var directory = Build([Doc("1", "Perú/Lima"), Doc("2", "Peru/Lima")]);
        using var reader = DirectoryReader.Open(directory);

        // Act
        var resolved = FacetValueResolver.Resolve(reader, FacetSelection.Empty.With(FacetSchema.Region, "peru/lima"), out var errors);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(["Peru/Lima", "Perú/Lima"], resolved.ValuesOf(FacetSchema.Region).Texts().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(FacetMatch.About)]
    [InlineData(FacetMatch.Mentions)]
    public void Resolve_ValueOnlyMentioned_KnownUnderEitherMatch(FacetMatch match)
    {
        // Arrange
        using var directory = Build([new FacetDoc("1", ["Peru/Piura"], 2020, [], null, null, "text") { GroupMentions = ["Tren de Aragua"] }]);
        using var reader = DirectoryReader.Open(directory);
        var selection = FacetSelection.Empty.With(FacetSchema.Group, "tren de aragua").WithMatch(match);

        // Act
        var resolved = FacetValueResolver.Resolve(reader, selection, out var errors);

        // Assert: switching back to focus keeps a mentioned value a known one (it then matches nothing), not a 400.
        Assert.Empty(errors);
        Assert.Equal(["Tren de Aragua"], resolved.ValuesOf(FacetSchema.Group).Texts());
        Assert.Equal(match, resolved.Match);
    }

    [Fact]
    public void Resolve_UnknownValue_IsReportedAndKeptSoItFiltersEverythingOut()
    {
        // Arrange
        using var directory = Build(Corpus());
        using var reader = DirectoryReader.Open(directory);
        var selection = FacetSelection.Empty.With(FacetSchema.Region, "Peru/Atlantis").With(FacetSchema.Region, "piura").WithYears(new YearRange(2013, null));

        // Act
        var resolved = FacetValueResolver.Resolve(reader, selection, out var errors);

        // Assert
        Assert.Equal(["Unknown region value 'Peru/Atlantis'."], errors.Select(e => e.Text));
        Assert.Equal(["Peru/Atlantis", "Peru/Piura"], resolved.ValuesOf(FacetSchema.Region).Texts());
        Assert.Equal(2013, resolved.Years?.From);
    }
}
