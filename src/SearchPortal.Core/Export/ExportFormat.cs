namespace SearchPortal.Core.Export;

/// <summary>The file formats a result set can be exported in; see <see cref="ExportFormats"/> for names and media types.</summary>
public enum ExportFormat
{
    Csv,
    JsonLines,
    Ris,
    BibTex,
    CslJson,

    /// <summary>CSV with ';' between fields, for Excel in locales with a decimal comma.</summary>
    CsvSemicolon,
}
