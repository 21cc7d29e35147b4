using System.Globalization;

namespace SearchPortal.Web.Embed;

/// <summary>
/// The interface strings of the iframe search box in English and Spanish (<c>hl=en|es</c>); embed.js
/// carries the same strings. Immutable.
/// </summary>
public sealed record EmbedText(
    string Language,
    string Label,
    string Button,
    string NoResults,
    string OneResult,
    string Results,
    string UnknownOutlet,
    string Undated,
    string NewTab,
    string More)
{
    public static EmbedText English { get; } = new("en", "Search news on trafficking and organized crime", "Search",
        "No results", "1 result", "{0} results", "Unknown outlet", "Undated", "(opens in a new tab)", "All results on SearchPortal");

    public static EmbedText Spanish { get; } = new("es", "Buscar noticias sobre trata y crimen organizado", "Buscar",
        "Sin resultados", "1 resultado", "{0} resultados", "Medio desconocido", "Sin fecha", "(se abre en una pestaña nueva)",
        "Todos los resultados en SearchPortal");

    public static EmbedText For(string? language) =>
        string.Equals(language?.Trim(), "es", StringComparison.OrdinalIgnoreCase) ? Spanish : English;

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language);

    public string Count(int total) => total switch
    {
        0 => NoResults,
        1 => OneResult,
        _ => string.Format(Culture, Results, total.ToString("N0", Culture)),
    };
}
