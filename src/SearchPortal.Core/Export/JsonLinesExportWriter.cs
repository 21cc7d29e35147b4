using System.Buffers;
using System.Text.Json;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// JSON Lines: the first line is <c>{"export": {…}}</c> with the provenance of the result set, then one
/// object per hit with plain-text snippet, in the search's order. Not thread-safe.
/// </summary>
internal sealed class JsonLinesExportWriter : ExportWriter
{
    private readonly Utf8JsonWriter _json;
    private int _rank;

    public JsonLinesExportWriter(Stream output) : base(output) => _json = new Utf8JsonWriter(Buffer, ExportJson.Options);

    protected override void WriteStart()
    {
        _json.WriteStartObject();
        _json.WriteStartObject("export");
        ExportJson.WriteHeaderFields(_json, Header);
        _json.WriteEndObject();
        _json.WriteEndObject();
        EndLine();
    }

    protected override void WriteRecord(SearchHit hit)
    {
        _json.WriteStartObject();
        _json.WriteNumber("rank", ++_rank);
        _json.WriteString("id", hit.Id);
        _json.WriteString("key", hit.Key);
        _json.WriteString("title", hit.Title);
        _json.WriteString("outlet", hit.Outlet);
        _json.WriteString("author", hit.Author);
        _json.WriteString("published", hit.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        _json.WriteString("language", hit.Language);
        WriteArray("regions", hit.Regions);
        WriteArray("regionMentions", hit.RegionMentions);
        WriteArray("crimeTypes", hit.CrimeTypes);
        WriteArray("crimeTypeMentions", hit.CrimeTypeMentions);
        WriteArray("groups", hit.Groups);
        WriteArray("groupMentions", hit.GroupMentions);
        _json.WriteString("url", ArticleUrl.Normalize(hit.Url));
        _json.WriteString("articleUrl", Header.ArticleBaseUrl is null ? null : Header.ArticleBaseUrl + hit.Key);
        _json.WriteNumber("score", hit.Score);
        _json.WriteString("snippet", PlainText.Snippet(hit));
        _json.WriteEndObject();
        EndLine();
    }

    private void WriteArray(string name, IReadOnlyList<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values) _json.WriteStringValue(value);
        _json.WriteEndArray();
    }

    private void EndLine()
    {
        _json.Flush();
        // Each line is its own JSON document; Reset lets the writer start the next one.
        _json.Reset();
        Buffer.Write("\n"u8);
    }
}
