using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SearchPortal.Core.Export;

/// <summary>
/// The one JSON shape of search results and articles (camelCase, ISO dates, nulls kept, highlights as HTML), used by
/// the CLI's --json and the API.
/// </summary>
public static class SearchJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new FacetValueJsonConverter());
        options.Converters.Add(new MarkedTextJsonConverter());
        options.Converters.Add(new ArticleDetailJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
