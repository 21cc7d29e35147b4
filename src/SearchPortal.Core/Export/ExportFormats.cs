namespace SearchPortal.Core.Export;

/// <summary>
/// The URL names, media types and file extensions of the export formats, so the API, the page links
/// and the writers agree on them. Static and immutable, therefore thread-safe.
/// </summary>
public static class ExportFormats
{
    private static readonly Dictionary<string, ExportFormat> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csv"] = ExportFormat.Csv,
        ["jsonl"] = ExportFormat.JsonLines,
        ["ris"] = ExportFormat.Ris,
        ["bibtex"] = ExportFormat.BibTex,
        ["csljson"] = ExportFormat.CslJson,
        ["csvsemicolon"] = ExportFormat.CsvSemicolon,
    };

    /// <summary>The URL names in menu order: csv, jsonl, ris, bibtex, csljson, csvsemicolon.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys];

    public static bool TryParse(string? name, out ExportFormat format) => ByName.TryGetValue(name?.Trim() ?? "", out format);

    /// <summary>True for the formats that carry snippets (CSV, JSON Lines); citation formats do not.</summary>
    public static bool HasSnippets(ExportFormat format) => format is ExportFormat.Csv or ExportFormat.CsvSemicolon or ExportFormat.JsonLines;

    public static string NameOf(ExportFormat format) => ByName.First(p => p.Value == format).Key;

    public static string MediaType(ExportFormat format) => format switch
    {
        ExportFormat.Csv or ExportFormat.CsvSemicolon => "text/csv; charset=utf-8; header=present",
        ExportFormat.JsonLines => "application/jsonl; charset=utf-8",
        ExportFormat.Ris => "application/x-research-info-systems; charset=utf-8",
        ExportFormat.BibTex => "application/x-bibtex; charset=utf-8",
        ExportFormat.CslJson => "application/vnd.citationstyles.csl+json; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv or ExportFormat.CsvSemicolon => "csv",
        ExportFormat.JsonLines => "jsonl",
        ExportFormat.Ris => "ris",
        ExportFormat.BibTex => "bib",
        ExportFormat.CslJson => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
