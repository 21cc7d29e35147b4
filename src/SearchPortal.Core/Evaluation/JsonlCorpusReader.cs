using System.Text.Json;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Reads a JSONL corpus, one JSON object per line with <c>id</c> (or BEIR's <c>_id</c>), <c>text</c>
/// and an optional <c>title</c>; the document text is the title followed by the text, as Anserini
/// indexes BEIR corpora. Ids may be strings or numbers. Stateless and thread-safe.
/// </summary>
public static class JsonlCorpusReader
{
    public static IReadOnlyList<EvalDocument> Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader);
    }

    /// <exception cref="FormatException">A line is not an object with an id and a text.</exception>
    public static IReadOnlyList<EvalDocument> Parse(TextReader reader)
    {
        var documents = new List<EvalDocument>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var id = Value(root, "id") ?? Value(root, "_id");
            var text = Value(root, "text");
            if (id is null || text is null)
            {
                throw new FormatException($"Corpus line {lineNumber} has no id or no text.");
            }
            var title = Value(root, "title");
            var fullText = string.IsNullOrWhiteSpace(title) ? text : title + " " + text;
            documents.Add(new EvalDocument(id, fullText, string.IsNullOrWhiteSpace(title) ? null : title));
        }
        return documents;
    }

    private static string? Value(JsonElement root, string property)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(property, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
