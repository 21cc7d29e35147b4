using System.Reflection;

namespace SearchPortal.Core;

/// <summary>
/// Reads the data files embedded from the project's Data folders (Ingestion/Data, Enrichment/Data),
/// named by their path in the project. It sits at the root of Core, below the pipeline folders, so that a folder
/// reads its own data without using another folder's helpers. Stateless and thread-safe.
/// </summary>
internal static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>The text of an embedded file such as "Enrichment/Data/countries.csv".</summary>
    public static string ReadText(string path)
    {
        var suffix = "." + path.Replace('/', '.');
        var name = Assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded data file '{path}' not found.");
        using var stream = Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Non-blank lines that are not '#' comments, split on <paramref name="separator"/>, header row skipped when asked.</summary>
    public static IEnumerable<string[]> ReadRows(string path, char separator, bool hasHeader)
    {
        var lines = ReadText(path).Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'));
        return lines.Skip(hasHeader ? 1 : 0).Select(l => l.Split(separator));
    }
}
