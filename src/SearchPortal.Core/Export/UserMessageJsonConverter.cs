using System.Text.Json;
using System.Text.Json.Serialization;
using SearchPortal.Core.Messages;

namespace SearchPortal.Core.Export;

/// <summary>
/// Writes a <see cref="UserMessage"/> as the string its renderer words (English by default); reading is not
/// supported. Stateless apart from the renderer; thread-safe.
/// </summary>
internal sealed class UserMessageJsonConverter(Func<UserMessage, string> render) : JsonConverter<UserMessage>
{
    public override UserMessage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Messages are written, not read.");

    public override void Write(Utf8JsonWriter writer, UserMessage value, JsonSerializerOptions options) =>
        writer.WriteStringValue(render(value));
}
