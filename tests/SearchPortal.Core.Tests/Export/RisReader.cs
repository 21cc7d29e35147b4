namespace SearchPortal.Core.Tests.Export;

/// <summary>A strict little RIS parser for tests: "TAG  - value" lines, records closed by "ER  - ".</summary>
internal static class RisReader
{
    public static List<Dictionary<string, List<string>>> Parse(string text)
    {
        var records = new List<Dictionary<string, List<string>>>();
        Dictionary<string, List<string>>? current = null;
        foreach (var line in text.Split("\r\n"))
        {
            if (line.Length == 0) continue;
            Assert.True(line.Length >= 6 && line[2..6] == "  - ", $"not a RIS line: '{line}'");
            var tag = line[..2];
            var value = line[6..];
            if (tag == "TY")
            {
                Assert.Null(current);
                current = [];
            }
            Assert.NotNull(current);
            if (tag == "ER")
            {
                records.Add(current);
                current = null;
                continue;
            }
            if (!current.TryGetValue(tag, out var values)) current[tag] = values = [];
            values.Add(value);
        }
        Assert.Null(current);
        return records;
    }
}
