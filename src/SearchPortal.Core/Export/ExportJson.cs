using System.Text.Encodings.Web;
using System.Text.Json;

namespace SearchPortal.Core.Export;

/// <summary>
/// Shared pieces of the JSON formats: writer options (accents kept as they are, as in the search API)
/// and the provenance object. Stateless and thread-safe.
/// </summary>
internal static class ExportJson
{
    public static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the header's fields into the object the writer is in.</summary>
    public static void WriteHeaderFields(Utf8JsonWriter json, ExportHeader header)
    {
        json.WriteString("format", ExportFormats.NameOf(header.Format));
        json.WriteString("query", header.Query);
        json.WriteStartArray("filters");
        foreach (var filter in header.Filters.ToFilters()) json.WriteStringValue(filter);
        json.WriteEndArray();
        json.WriteString("match", header.Match.ToString().ToLowerInvariant());
        json.WriteString("sort", header.Sort.ToString().ToLowerInvariant());
        json.WriteNumber("total", header.Total);
        json.WriteString("exportedAt", header.ExportedAt);
        json.WriteStartObject("index");
        json.WriteNumber("generation", header.Index.Generation);
        json.WriteNumber("documents", header.Index.Documents);
        if (header.Index.BuiltAt is { } built) json.WriteString("builtAt", built);
        else json.WriteNull("builtAt");
        if (header.Index.Schema is { } schema) json.WriteNumber("schema", schema);
        else json.WriteNull("schema");
        json.WriteEndObject();
        if (header.Permalink is { } permalink) json.WriteString("permalink", permalink);
    }
}
