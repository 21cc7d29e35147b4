using System.Text.Json;
using System.Text.Json.Serialization;
using SearchPortal.Core.Highlighting;

namespace SearchPortal.Core.Export;

/// <summary>Writes highlighted text as the JSON document gives it: an HTML string with &lt;mark&gt; (<see cref="MarkedTextHtml"/>).</summary>
public sealed class MarkedTextJsonConverter : JsonConverter<MarkedText>
{
    public override MarkedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The search document's highlights are written as HTML, not read back.");

    public override void Write(Utf8JsonWriter writer, MarkedText value, JsonSerializerOptions options) =>
        writer.WriteStringValue(MarkedTextHtml.Render(value));
}
