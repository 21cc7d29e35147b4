using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Export;

/// <summary>
/// The one JSON shape of search results and articles (camelCase, ISO dates, nulls kept, highlights as HTML), used by
/// the CLI's --json and the API. Messages (notices) are worded in English unless the caller supplies another wording
/// (<see cref="WithMessages"/>).
/// </summary>
public static class SearchJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>The compact options with messages worded by <paramref name="render"/> (the portal's language tables).</summary>
    public static JsonSerializerOptions WithMessages(Func<UserMessage, string> render) => Create(indented: false, render);

    private static JsonSerializerOptions Create(bool indented, Func<UserMessage, string>? render = null)
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
        options.Converters.Add(new UserMessageJsonConverter(render ?? EnglishMessages.Format));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
