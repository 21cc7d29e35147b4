using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SearchPortal.Core.Enrichment;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class RegionTaggerTests
{
    private static readonly RegionTagger Tagger = new();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in EnrichmentCases.Rows("enrichment-region-cases.tsv")) data.Add(row[0], row[1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tag_Case_ReturnsExpectedPaths(string text, string expected)
    {
        // Arrange
        var paths = EnrichmentCases.List(expected);

        // Act
        var regions = Tagger.Tag(text);

        // Assert
        Assert.Equal(paths, regions);
    }

    [Property(MaxTest = 200)]
    public Property Tag_AnyMixOfPlaceNames_ReturnsSortedPathsWithoutAncestors()
    {
        string[] names = ["Lima", "Iquitos", "Loreto", "Peru", "Perú", "Cusco", "región Lima", "provincia de Tambopata", "Madre de Dios", "Brasil", "Puno", "Juliaca", "VRAEM", "Tacna", "ciudad de Tacna", "Peruvian"];
        string[] separators = [" and ", ", ", ". In ", " y ", "; "];
        var text = Gen.Elements(names).Zip(Gen.Elements(separators), (n, s) => n + s).ListOf().Select(parts => "In " + string.Concat(parts));

        return Prop.ForAll(text.ToArbitrary(), input =>
        {
            var regions = Tagger.Tag(input);
            var sorted = regions.Order(StringComparer.Ordinal).SequenceEqual(regions);
            var noAncestor = !regions.Any(p => regions.Any(q => q.StartsWith(p + "/", StringComparison.Ordinal)));
            return sorted && noAncestor && regions.Distinct().Count() == regions.Count;
        });
    }
}
