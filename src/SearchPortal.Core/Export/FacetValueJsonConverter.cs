using System.Text.Json;
using System.Text.Json.Serialization;
using SearchPortal.Core.Facets;

namespace SearchPortal.Core.Export;

/// <summary>Writes a facet value as {value, label, count[, children]}: children only when there are some.</summary>
public sealed class FacetValueJsonConverter : JsonConverter<FacetValue>
{
    public override FacetValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var doc = JsonDocument.ParseValue(ref reader);
        var root = doc.RootElement;
        var children = root.TryGetProperty("children", out var c)
            ? c.Deserialize<List<FacetValue>>(options) ?? []
            : [];
        return new FacetValue(root.GetProperty("value").GetString()!, root.GetProperty("label").GetString()!,
            root.GetProperty("count").GetInt32(), children);
    }

    public override void Write(Utf8JsonWriter writer, FacetValue value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("value", value.Value);
        writer.WriteString("label", value.Label);
        writer.WriteNumber("count", value.Count);
        if (value.Children.Count > 0)
        {
            writer.WritePropertyName("children");
            JsonSerializer.Serialize(writer, value.Children, options);
        }
        writer.WriteEndObject();
    }
}
