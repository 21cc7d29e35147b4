using System.Text;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// RIS records of type NEWS, as Zotero, EndNote and Mendeley import them: "TAG  - value" lines ending
/// in CRLF, one AU line per author ("Family, Given"), T2 for the outlet, DA as yyyy/mm/dd, a KW line
/// per crime type, criminal group and region the article is about (<see cref="CitationKeywords"/>), ID the stable citation key, ER closing each record. A value is one line:
/// every line separator (CR, LF, VT, FF, U+0085, U+2028, U+2029) and other control character becomes a space,
/// since a reader that splits on any of them would see a bogus tag or record. RIS has no comment
/// syntax, so the provenance header stays in the HTTP headers. Not thread-safe.
/// </summary>
internal sealed class RisExportWriter(Stream output) : ExportWriter(output)
{
    /// <summary>Every control character (C0, C1: CR, LF, VT, FF, NEL among them) and the Unicode line and paragraph separators.</summary>
    private static readonly char[] LineBreaking =
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c), '\u2028', '\u2029'];

    private readonly StringBuilder _record = new(1024);

    protected override void WriteStart()
    {
    }

    protected override void WriteRecord(SearchHit hit)
    {
        _record.Clear();
        Line("TY", "NEWS");
        Line("ID", CitationKey.For(hit));
        Line("TI", hit.Title);
        foreach (var author in AuthorNames.Parse(hit.Author)) Line("AU", author.Inverted);
        Line("T2", hit.Outlet);
        if (hit.Published is { } date)
        {
            Line("PY", date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            Line("DA", date.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        Line("LA", hit.Language);
        Line("UR", Header.CitationUrl(hit));
        foreach (var keyword in CitationKeywords.Of(hit)) Line("KW", keyword);
        Line("DB", "SearchPortal");
        _record.Append("ER  - \r\n\r\n");
        Append(_record);
    }

    private void Line(string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var single = string.Join(' ', value.Split(LineBreaking, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        _record.Append(tag).Append("  - ").Append(single).Append("\r\n");
    }
}
