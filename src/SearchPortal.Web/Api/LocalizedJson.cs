using System.Text.Json;
using SearchPortal.Core.Export;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Api;

/// <summary>
/// The API's JSON options per UI language: the document of <see cref="SearchJson"/> with its notices worded in that
/// language (<c>hl=es</c>), so a partner's Spanish search box shows Spanish notices. Built once; thread-safe.
/// </summary>
public static class LocalizedJson
{
    public const string LanguageParameter = "hl";

    private static readonly Dictionary<string, JsonSerializerOptions> ByLanguage =
        UiText.Languages.ToDictionary(l => l, l => l == "en" ? SearchJson.Options : SearchJson.WithMessages(UiText.ForLanguage(l).Render));

    /// <summary>The options for the request's <c>hl</c> (English when absent or unknown).</summary>
    public static JsonSerializerOptions For(HttpRequest request) =>
        ByLanguage[UiText.ForLanguage(request.Query[LanguageParameter].ToString()).Language];
}
