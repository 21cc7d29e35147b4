using System.Text.Json;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Search;

public sealed class SeedEnrichmentTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private sealed record SeedTags(List<string> Regions, List<string> CrimeTypes);

    public static TheoryData<string> Seeds() => new(Expected().Keys);

    private static Dictionary<string, SeedTags> Expected() =>
        JsonSerializer.Deserialize<Dictionary<string, SeedTags>>(File.ReadAllText(TestPaths.TestData("enrichment-seed-tags.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Search_IndexedSeed_CarriesTheRegionsAndCrimeTypesAReaderWouldTag(string file)
    {
        // Arrange
        var expected = Expected()[file];

        // Act
        var hit = seeds.Search("").Hits.Single(h => h.Source == file);

        // Assert
        Assert.Equal(expected.Regions, hit.Regions);
        Assert.Equal(expected.CrimeTypes, hit.CrimeTypes);
    }
}
