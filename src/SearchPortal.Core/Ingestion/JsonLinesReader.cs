using System.Text.Json;
using System.Text.RegularExpressions;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Reads JSON Lines: one article object per line. A broken line is reported with its number and
/// the rest of the file is still read. Stateless and thread-safe.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<Article> Read(Stream stream, string relativePath, IngestionOptions options, Action<IngestionProblem> report)
    {
        var maxLineBytes = (long)options.MaxArticleChars * 4 + 65_536;
        foreach (var (line, text, reason) in Utf8LineReader.ReadLines(stream, maxLineBytes))
        {
            if (text is null)
            {
                report(new IngestionProblem(relativePath, reason ?? "unreadable line", line));
                continue;
            }
            var fields = Parse(text, out var error);
            if (fields is null) report(new IngestionProblem(relativePath, error ?? "unreadable record", line));
            else if (RecordMapper.Map(fields, relativePath, line, options, report) is { } article) yield return article;
        }
    }

    private static List<KeyValuePair<string, string?>>? Parse(string line, out string? error)
    {
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"expected a JSON object, found {doc.RootElement.ValueKind}";
                return null;
            }
            return doc.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, AsString(p.Value))).ToList();
        }
        catch (JsonException e)
        {
            error = $"invalid JSON: {e.Message.Split(" LineNumber", 2)[0]}";
            return null;
        }
        // A field name escaping a lone surrogate (\ud800) cannot become a .NET string through System.Text.Json.
        catch (InvalidOperationException)
        {
            error = "a field name holds an invalid \\u escape (a lone surrogate)";
            return null;
        }
    }

    private static string? AsString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => StringOf(value),
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(AsString).Where(s => !string.IsNullOrEmpty(s))),
        _ => value.GetRawText(),
    };

    /// <summary>
    /// The string value; one that escapes a lone surrogate ("\ud800"), which System.Text.Json refuses to
    /// unescape, is unescaped from its raw JSON text, the surrogate kept for <see cref="ArticleText"/> to replace and report.
    /// </summary>
    private static string? StringOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            var raw = value.GetRawText();
            // Valid JSON escapes (\" \\ \/ \b \f \n \r \t \uXXXX) are all escapes Regex.Unescape reads the same way.
            return Regex.Unescape(raw[1..^1]);
        }
    }
}
