using System.Buffers;
using System.Text;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// RFC 4180 CSV: UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF line ends,
/// a header row, each hit's rank, portal page and score as JSON Lines has them, fields quoted when they hold a comma, semicolon, quote or line break, multi-valued fields
/// joined with "; ". Control characters other than CR and LF (tab included) become spaces. A
/// value that a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets an apostrophe
/// before it, and so does every part after a ';' that would: Excel in locales with a decimal comma
/// (es-ES, es-AR) splits cells on ';' whatever the quoting, so "Normal;=1+1" would otherwise give a
/// "=1+1" cell (OWASP's CSV injection advice). Titles are scraped from the web and must not execute.
/// With <paramref name="delimiter"/> ';' it is the variant Excel opens in columns in locales with a decimal comma
/// (es-ES, es-AR, es-PE). Not thread-safe.
/// </summary>
internal sealed class CsvExportWriter(Stream output, char delimiter = ',') : ExportWriter(output)
{
    public static IReadOnlyList<string> Columns { get; } =
        ["rank", "id", "title", "outlet", "author", "published", "language", "regions", "regionMentions", "crimeTypes",
            "crimeTypeMentions", "groups", "groupMentions", "url", "articleUrl", "score", "snippet"];

    public const string Separator = "; ";

    private readonly StringBuilder _row = new(1024);

    private int _rank;

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
        Field((++_rank).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(hit.Id);
        Field(hit.Title);
        Field(hit.Outlet);
        Field(hit.Author);
        Field(hit.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field(hit.Language);
        Field(string.Join(Separator, hit.Regions));
        Field(string.Join(Separator, hit.RegionMentions));
        Field(string.Join(Separator, hit.CrimeTypes));
        Field(string.Join(Separator, hit.CrimeTypeMentions));
        Field(string.Join(Separator, hit.Groups));
        Field(string.Join(Separator, hit.GroupMentions));
        Field(ArticleUrl.Normalize(hit.Url));
        Field(Header.ArticleBaseUrl is null ? null : Header.ArticleBaseUrl + hit.Key);
        Field(hit.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        Field(PlainText.Snippet(hit));
        EndRow();
    }

    private void Field(string? value)
    {
        if (_row.Length > 0) _row.Append(delimiter);
        if (string.IsNullOrEmpty(value)) return;
        var guarded = Neutralized(value);
        if (guarded.AsSpan().IndexOfAny(",;\"\r\n") < 0)
        {
            _row.Append(guarded);
            return;
        }
        _row.Append('"').Append(guarded.Replace("\"", "\"\"")).Append('"');
    }

    /// <summary>The value with control characters (but CR and LF) as spaces and an apostrophe before each ';'-separated part that starts a formula.</summary>
    internal static string Neutralized(string value)
    {
        var output = new StringBuilder(value.Length + 2);
        var partStart = true;
        foreach (var raw in value)
        {
            if (partStart && raw is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                output.Append('\'');
                partStart = false;
            }
            var c = char.IsControl(raw) && raw is not '\r' and not '\n' ? ' ' : raw;
            output.Append(c);
            if (c == ';') partStart = true;
            else if (c != ' ') partStart = false;
        }
        return output.ToString();
    }

    private void EndRow()
    {
        _row.Append("\r\n");
        Append(_row);
    }
}
