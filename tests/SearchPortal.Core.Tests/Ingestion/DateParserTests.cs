using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Ingestion;

public sealed class DateParserTests
{
    public static TheoryData<string, string?, string?> Cases()
    {
        var data = new TheoryData<string, string?, string?>();
        foreach (var line in File.ReadLines(TestPaths.TestData("date-cases.tsv")).Skip(1))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1] == "<null>" ? null : parts[1], parts[2] == "<null>" ? null : parts[2]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_Case_ReturnsExpectedDate(string input, string? expected, string? _)
    {
        // Act
        var date = DateParser.Parse(input);

        // Assert
        Assert.Equal(expected, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Find_Case_ReturnsExpectedDate(string input, string? _, string? expected)
    {
        // Act
        var date = DateParser.Find(input);

        // Assert
        Assert.Equal(expected, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
