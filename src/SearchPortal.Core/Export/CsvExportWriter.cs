using System.Buffers;
using System.Text;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// RFC 4180 CSV: UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF line ends,
/// a header row, fields quoted when they hold a comma, quote or line break, multi-valued fields joined
/// with "; ". A value that a spreadsheet would run as a formula (leading =, +, -, @, tab or CR) gets a
/// leading apostrophe: titles are scraped from the web and must not execute. Not thread-safe.
/// </summary>
internal sealed class CsvExportWriter(Stream output) : ExportWriter(output)
{
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "title", "outlet", "author", "published", "language", "regions", "crimeTypes", "url", "snippet"];

    public const string Separator = "; ";

    private readonly StringBuilder _row = new(1024);

    protected override void WriteStart()
    {
        Buffer.Write(Encoding.UTF8.Preamble);
        _row.Clear();
        foreach (var column in Columns) Field(column);
        EndRow();
    }

    protected override void WriteRecord(SearchHit hit)
    {
        _row.Clear();
        Field(hit.Id);
        Field(hit.Title);
        Field(hit.Outlet);
        Field(hit.Author);
        Field(hit.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field(hit.Language);
        Field(string.Join(Separator, hit.Regions));
        Field(string.Join(Separator, hit.CrimeTypes));
        Field(hit.Url);
        Field(PlainText.Snippet(hit));
        EndRow();
    }

    private void Field(string? value)
    {
        if (_row.Length > 0) _row.Append(',');
        if (string.IsNullOrEmpty(value)) return;
        var guarded = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        if (guarded.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _row.Append(guarded);
            return;
        }
        _row.Append('"').Append(guarded.Replace("\"", "\"\"")).Append('"');
    }

    private void EndRow()
    {
        _row.Append("\r\n");
        Append(_row);
    }
}
