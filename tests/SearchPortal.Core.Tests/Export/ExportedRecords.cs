using System.Text.Json;
using SearchPortal.Core.Export;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Export;

/// <summary>
/// Reads an export of any format back into (identifier, title) pairs with a real parser per format.
/// The identifier is the article id where the format carries it (CSV, JSON Lines) and the citation
/// key otherwise; <see cref="Expected"/> gives the same pairs for the hits of a search.
/// </summary>
internal static class ExportedRecords
{
    public static List<(string Id, string Title)> Read(ExportFormat format, string text) => format switch
    {
        ExportFormat.Csv => CsvExportTests.Rows(text).Select(r => (r["id"], r["title"])).ToList(),
        ExportFormat.CsvSemicolon => CsvExportTests.Rows(text, ';').Select(r => (r["id"], r["title"])).ToList(),
        ExportFormat.JsonLines => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("title").GetString()!)).ToList(),
        ExportFormat.Ris => RisReader.Parse(text).Select(r => (r["ID"].Single(), r["TI"].Single())).ToList(),
        ExportFormat.BibTex => BibTexReader.Parse(text).Where(e => e.Type != "comment")
            .Select(e => (e.Key, BibTexReader.Unescape(e.Fields["title"]))).ToList(),
        ExportFormat.CslJson => JsonDocument.Parse(text).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("title").GetString()!)).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static List<(string Id, string Title)> Expected(ExportFormat format, IEnumerable<SearchHit> hits) =>
        hits.Select(h => (format is ExportFormat.Csv or ExportFormat.CsvSemicolon or ExportFormat.JsonLines ? h.Id : CitationKey.For(h), h.Title)).ToList();
}
