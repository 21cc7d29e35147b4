using System.Globalization;
using System.Reflection;
using System.Text.Json;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Messages;

namespace SearchPortal.Web.Localization;

/// <summary>
/// The UI's English and Spanish strings, loaded once from the embedded <c>ui-text.json</c>, and the wording of
/// Core's messages (<see cref="Render"/>) and place names (<see cref="Place"/>) in the same language. The current
/// request's UI culture picks the language. Every string a page shows goes through here. Immutable; thread-safe.
/// </summary>
public sealed class UiText
{
    private static readonly Dictionary<string, Dictionary<string, string>> Tables = Load();

    public static IReadOnlyList<string> Languages { get; } = ["en", "es"];

    private static readonly Dictionary<string, UiText> ByLanguage = Languages.ToDictionary(l => l, l => new UiText(l));

    private readonly Dictionary<string, string> _table;

    private UiText(string language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language);
        _table = Tables[language];
    }

    public static UiText English => ByLanguage["en"];

    public string Language { get; }

    /// <summary>Formats numbers and dates: "1,234" in English, "1.234" in Spanish.</summary>
    public CultureInfo Culture { get; }

    public static UiText Current => For(CultureInfo.CurrentUICulture);

    public string this[string key] => _table.TryGetValue(key, out var value) ? value : Tables["en"].GetValueOrDefault(key, key);

    public static UiText For(CultureInfo culture) => ForLanguage(culture.TwoLetterISOLanguageName);

    /// <summary>The strings of <paramref name="language"/> ("en" or "es"); any other value gives English.</summary>
    public static UiText ForLanguage(string? language) => Find(language) ?? ByLanguage["en"];

    /// <summary>The strings of <paramref name="language"/> ("en" or "es", in any case, spaces ignored), or null for any other value.</summary>
    public static UiText? Find(string? language) => ByLanguage.GetValueOrDefault(language?.Trim().ToLowerInvariant() ?? "");

    /// <summary>The English table, for tests that look for English left on a Spanish page.</summary>
    internal static IReadOnlyDictionary<string, string> EnglishTable => Tables["en"];

    public string Format(string key, params object[] args) => string.Format(Culture, this[key], args);

    /// <summary>
    /// A message in this language: its <c>msg.</c> template here, else in English, else Core's English wording; a
    /// facet dimension among its values is named in this language, and a message among them is rendered the same way.
    /// </summary>
    public string Render(UserMessage message)
    {
        var key = "msg." + message.Key;
        var template = _table.GetValueOrDefault(key) ?? Tables["en"].GetValueOrDefault(key);
        if (template is null) return message.Text;
        var values = message.Values.Select(v => v switch
        {
            UserMessage inner => Render(inner),
            FacetDimension dimension => this["dim." + dimension.Name].ToLower(Culture),
            _ => v,
        }).ToArray();
        return string.Format(Culture, template, values);
    }

    /// <summary>The name of a place (a region path's last level) in this language: "Perú" for "Peru" in Spanish.</summary>
    public string Place(string path) =>
        (Language == "en" ? null : PlaceNames.Spanish.GetValueOrDefault(path)) ?? path[(path.LastIndexOf(FacetSchema.PathSeparator) + 1)..];

    /// <summary>Every level of a region path in this language: "Perú › Madre de Dios".</summary>
    public string RegionPath(string path)
    {
        var parts = path.Split(FacetSchema.PathSeparator);
        return string.Join(" › ", parts.Select((_, i) => Place(string.Join(FacetSchema.PathSeparator, parts[..(i + 1)]))));
    }

    private static Dictionary<string, Dictionary<string, string>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SearchPortal.Web.Localization.ui-text.json")
            ?? throw new InvalidOperationException("Embedded ui-text.json is missing.");
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!;
    }
}
