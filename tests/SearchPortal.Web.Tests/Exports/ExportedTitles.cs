using System.Text.Json;
using System.Text.RegularExpressions;
using Sylvan.Data.Csv;

namespace SearchPortal.Web.Tests.Exports;

/// <summary>Reads the (identifier, title) pairs back from an export body of any format, with a parser per format.</summary>
internal static partial class ExportedTitles
{
    public static List<(string? Id, string Title)> Read(string format, string body) => format switch
    {
        "csv" => Csv(body, ','),
        "csvsemicolon" => Csv(body, ';'),
        "jsonl" => body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("id").GetString(), e.GetProperty("title").GetString()!)).ToList(),
        "csljson" => JsonDocument.Parse(body).RootElement.EnumerateArray()
            .Select(e => ((string?)null, e.GetProperty("title").GetString()!)).ToList(),
        "ris" => Ris(body),
        "bibtex" => BibTexTitle().Matches(body).Select(m => ((string?)null, m.Groups[1].Value)).ToList(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static List<(string? Id, string Title)> Csv(string body, char delimiter)
    {
        using var reader = CsvDataReader.Create(new StringReader(body.TrimStart('\uFEFF')), new CsvDataReaderOptions { Delimiter = delimiter });
        var rows = new List<(string?, string)>();
        while (reader.Read()) rows.Add((reader.GetString(reader.GetOrdinal("id")), reader.GetString(reader.GetOrdinal("title"))));
        return rows;
    }

    private static List<(string? Id, string Title)> Ris(string body)
    {
        var records = body.Split("ER  - \r\n", StringSplitOptions.RemoveEmptyEntries).Where(r => r.Trim().Length > 0).ToList();
        Assert.All(records, r => Assert.StartsWith("TY  - NEWS\r\n", r.TrimStart()));
        return records.Select(r => ((string?)null, r.Split("\r\n").Single(l => l.StartsWith("TI  - "))[6..])).ToList();
    }

    [GeneratedRegex(@"^\s*title = \{\{(.*)\}\},?$", RegexOptions.Multiline)]
    private static partial Regex BibTexTitle();
}
