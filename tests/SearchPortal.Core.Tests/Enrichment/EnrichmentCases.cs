namespace SearchPortal.Core.Tests.Enrichment;

/// <summary>Reads the tab-separated enrichment case files in TestData: header skipped, "-" means an empty list.</summary>
internal static class EnrichmentCases
{
    public static IEnumerable<string[]> Rows(string fileName) =>
        File.ReadLines(TestPaths.TestData(fileName))
            .Skip(1)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split('\t'));

    public static string[] List(string value) =>
        value == "-" ? [] : value.Split(" | ", StringSplitOptions.TrimEntries);
}
