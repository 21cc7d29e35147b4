using System.Text.Json;
using System.Text.Json.Serialization;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// Writes an article as <c>/api/articles/{key}</c> documents it: <c>{article, textHtml, metadata}</c>, the full text as
/// HTML paragraphs with marks (<see cref="MarkedTextHtml.RenderParagraphs"/>).
/// </summary>
public sealed class ArticleDetailJsonConverter : JsonConverter<ArticleDetail>
{
    public override ArticleDetail Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Article documents are written, not read back.");

    public override void Write(Utf8JsonWriter writer, ArticleDetail value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("article");
        JsonSerializer.Serialize(writer, value.Article, options);
        writer.WriteString("textHtml", MarkedTextHtml.RenderParagraphs(value.Paragraphs));
        writer.WritePropertyName("metadata");
        JsonSerializer.Serialize(writer, value.Metadata, options);
        writer.WriteEndObject();
    }
}
