using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace SearchPortal.Web.Localization;

/// <summary>
/// The UI's English and Spanish strings, loaded once from the embedded <c>ui-text.json</c>.
/// The current request's UI culture picks the language. Immutable; thread-safe.
/// </summary>
public sealed class UiText
{
    private static readonly Dictionary<string, Dictionary<string, string>> Tables = Load();

    private readonly Dictionary<string, string> _table;

    private UiText(string language)
    {
        Language = language;
        _table = Tables[language];
    }

    public static IReadOnlyList<string> Languages { get; } = ["en", "es"];

    public string Language { get; }

    public static UiText Current => For(CultureInfo.CurrentUICulture);

    public string this[string key] => _table.TryGetValue(key, out var value) ? value : Tables["en"].GetValueOrDefault(key, key);

    public static UiText For(CultureInfo culture) =>
        new(culture.TwoLetterISOLanguageName == "es" ? "es" : "en");

    public string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    private static Dictionary<string, Dictionary<string, string>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SearchPortal.Web.Localization.ui-text.json")
            ?? throw new InvalidOperationException("Embedded ui-text.json is missing.");
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!;
    }
}
