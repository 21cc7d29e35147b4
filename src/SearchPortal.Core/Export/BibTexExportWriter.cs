using System.Globalization;
using System.Text;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// BibTeX: an <c>@comment</c> with the provenance header (reference managers skip it), then one
/// <c>@article</c> per hit with <c>entrysubtype = {newspaper}</c> (biblatex and Zotero read it as a newspaper
/// article, not a journal article) keyed by the stable <see cref="CitationKey"/>, outlet as journal, title in
/// double braces to keep its capitalisation, every value escaped with <see cref="BibTexText"/>.
/// Not thread-safe.
/// </summary>
internal sealed class BibTexExportWriter(Stream output) : ExportWriter(output)
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private readonly StringBuilder _entry = new(1024);
    private readonly List<string> _fields = [];

    protected override void WriteStart()
    {
        var header = Header;
        var index = header.Index;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"SearchPortal export. Query: \"{header.Query}\". Filters: {(header.Filters.IsEmpty ? "none" : string.Join("; ", header.Filters.ToFilters()))}. Match: {header.Match.ToString().ToLowerInvariant()}. Sort: {header.Sort.ToString().ToLowerInvariant()}. Hits: {header.Total}. Index generation {index.Generation} ({index.Documents} documents, built {index.BuiltAt?.ToString("O") ?? "unknown"}). Exported {header.ExportedAt:O}.");
        if (header.Permalink is { } permalink) text += " Permalink: " + permalink;
        // Classic BibTeX reads an '@' anywhere as the start of an entry, and braces must balance.
        var inert = string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
        Append("@comment{" + inert.Replace('{', '(').Replace('}', ')').Replace("@", "(at)") + "}\n\n");
    }

    protected override void WriteRecord(SearchHit hit)
    {
        _fields.Clear();
        var authors = AuthorNames.Parse(hit.Author);
        if (authors.Count > 0) Field("author", string.Join(" and ", authors.Select(a => a.Given is null ? "{" + BibTexText.Escape(a.Family) + "}" : BibTexText.Escape(a.Inverted))));
        Field("entrysubtype", "newspaper");
        Field("title", "{" + BibTexText.Escape(hit.Title) + "}");
        if (hit.Outlet is not null) Field("journal", BibTexText.Escape(hit.Outlet));
        if (hit.Published is { } date)
        {
            Field("year", date.Year.ToString("D4", CultureInfo.InvariantCulture));
            _fields.Add("  month = " + Months[date.Month - 1]);
            Field("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        Field("language", hit.Language switch { "es" => "spanish", "pt" => "portuguese", _ => "english" });
        if (Header.CitationUrl(hit) is { } url) Field("url", BibTexText.Url(url));
        if (string.Join(", ", CitationKeywords.Of(hit)) is { Length: > 0 } keywords) Field("keywords", BibTexText.Escape(keywords));
        _entry.Clear();
        _entry.Append("@article{").Append(CitationKey.For(hit)).Append(",\n").AppendJoin(",\n", _fields).Append("\n}\n\n");
        Append(_entry);
    }

    private void Field(string name, string escapedValue) => _fields.Add($"  {name} = {{{escapedValue}}}");
}
