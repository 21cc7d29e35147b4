using System.Text.Json;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// CSL-JSON as Zotero, Mendeley and citeproc read it: a plain array of <c>article-newspaper</c> items.
/// The array is what reference managers import, so the provenance header is not written into the file
/// (it travels in the HTTP headers of the download). Item ids are the stable citation keys shared with
/// BibTeX and RIS. Not thread-safe.
/// </summary>
internal sealed class CslJsonExportWriter : ExportWriter
{
    private readonly Utf8JsonWriter _json;

    public CslJsonExportWriter(Stream output) : base(output) => _json = new Utf8JsonWriter(Buffer, ExportJson.Options);

    protected override void WriteStart()
    {
        _json.WriteStartArray();
        _json.Flush();
    }

    protected override void WriteRecord(SearchHit hit)
    {
        _json.WriteStartObject();
        _json.WriteString("id", CitationKey.For(hit));
        _json.WriteString("type", "article-newspaper");
        _json.WriteString("title", hit.Title);
        if (hit.Outlet is not null) _json.WriteString("container-title", hit.Outlet);
        WriteAuthors(hit.Author);
        if (hit.Published is { } date)
        {
            _json.WriteStartObject("issued");
            _json.WriteStartArray("date-parts");
            _json.WriteStartArray();
            _json.WriteNumberValue(date.Year);
            _json.WriteNumberValue(date.Month);
            _json.WriteNumberValue(date.Day);
            _json.WriteEndArray();
            _json.WriteEndArray();
            _json.WriteEndObject();
        }
        _json.WriteString("language", hit.Language);
        if (Header.CitationUrl(hit) is { } url) _json.WriteString("URL", url);
        if (string.Join(", ", CitationKeywords.Of(hit)) is { Length: > 0 } keywords) _json.WriteString("keyword", keywords);
        _json.WriteEndObject();
        _json.Flush();
    }

    protected override void WriteEnd()
    {
        _json.WriteEndArray();
        _json.Flush();
    }

    private void WriteAuthors(string? author)
    {
        var names = AuthorNames.Parse(author);
        if (names.Count == 0) return;
        _json.WriteStartArray("author");
        foreach (var name in names)
        {
            _json.WriteStartObject();
            if (name.Given is null)
            {
                _json.WriteString("literal", name.Family);
            }
            else
            {
                _json.WriteString("family", name.Family);
                _json.WriteString("given", name.Given);
            }
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }
}
