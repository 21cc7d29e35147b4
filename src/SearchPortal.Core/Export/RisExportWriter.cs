using System.Text;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// RIS records of type NEWS, as Zotero, EndNote and Mendeley import them: "TAG  - value" lines ending
/// in CRLF, one AU line per author ("Family, Given"), T2 for the outlet, DA as yyyy/mm/dd, a KW line
/// per crime type and region, ID the stable citation key, ER closing each record. RIS has no comment
/// syntax, so the provenance header stays in the HTTP headers. Not thread-safe.
/// </summary>
internal sealed class RisExportWriter(Stream output) : ExportWriter(output)
{
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
        foreach (var keyword in hit.CrimeTypes.Concat(hit.Regions)) Line("KW", keyword);
        Line("DB", "SearchPortal");
        _record.Append("ER  - \r\n\r\n");
        Append(_record);
    }

    private void Line(string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        // A value is one line: a line break would start a bogus tag.
        var single = string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        _record.Append(tag).Append("  - ").Append(single).Append("\r\n");
    }
}
