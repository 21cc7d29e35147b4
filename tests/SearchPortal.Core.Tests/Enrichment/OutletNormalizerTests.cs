using SearchPortal.Core.Enrichment;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class OutletNormalizerTests
{
    public static TheoryData<string?, string?> Cases()
    {
        var data = new TheoryData<string?, string?>();
        foreach (var row in EnrichmentCases.Rows("enrichment-outlet-cases.tsv"))
        {
            data.Add(row[0] == "<null>" ? null : row[0], row[1] == "<null>" ? null : row[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalize_Case_ReturnsCanonicalName(string? raw, string? expected)
    {
        // Arrange
        var input = raw;

        // Act
        var outlet = OutletNormalizer.Normalize(input);

        // Assert
        Assert.Equal(expected, outlet);
    }

    [Theory]
    [InlineData("https://www.reuters.com/world/americas/x", "Reuters")]
    [InlineData("https://unknown.example/news", null)]
    [InlineData(null, null)]
    public void FromUrl_Host_ReturnsKnownOutletOnly(string? url, string? expected)
    {
        // Arrange
        var input = url;

        // Act
        var outlet = OutletNormalizer.FromUrl(input);

        // Assert
        Assert.Equal(expected, outlet);
    }
}
