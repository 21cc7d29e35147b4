using System.Reflection;

namespace SearchPortal.Core.Enrichment;

/// <summary>Reads the data files embedded from Enrichment/Data. Stateless and thread-safe.</summary>
internal static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    public static string ReadText(string fileName)
    {
        var suffix = ".Enrichment.Data." + fileName;
        var name = Assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded data file '{fileName}' not found.");
        using var stream = Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Non-blank lines that are not '#' comments, split on ';', header row skipped when asked.</summary>
    public static IEnumerable<string[]> ReadRows(string fileName, bool hasHeader)
    {
        var lines = ReadText(fileName).Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'));
        return lines.Skip(hasHeader ? 1 : 0).Select(l => l.Split(';'));
    }
}
