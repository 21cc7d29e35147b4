using System.Reflection;

namespace SearchPortal.Web.Localization;

/// <summary>
/// Spanish names of the places whose facet paths are spelt in English (the gazetteer's countries: "Peru" is "Perú",
/// "Brazil" "Brasil"), from the embedded <c>place-names.csv</c>; places not listed keep their path's spelling. Loaded
/// once; immutable, therefore thread-safe.
/// </summary>
public static class PlaceNames
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Table = new(Load);

    /// <summary>Spanish name by region path.</summary>
    public static IReadOnlyDictionary<string, string> Spanish => Table.Value;

    private static Dictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SearchPortal.Web.Localization.place-names.csv")
            ?? throw new InvalidOperationException("Embedded place-names.csv is missing.");
        using var reader = new StreamReader(stream);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(';');
            if (parts.Length != 2) throw new InvalidDataException($"place-names.csv: '{line}' is not path;spanish.");
            if (parts[0] != "path") names[parts[0].Trim()] = parts[1].Trim();
        }
        return names;
    }
}
