using Sylvan.Data.Csv;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// The optional <c>sources.csv</c> in an input folder (columns file, url, outlet, published, author):
/// metadata a person knows better than the extractor. Its non-empty cells override extracted values; a url
/// that is not http(s) is dropped with a report.
/// Immutable after loading; thread-safe.
/// </summary>
public sealed class SourcesSidecar
{
    public const string FileName = "sources.csv";

    private readonly Dictionary<string, Dictionary<string, string>> _rows;

    private SourcesSidecar(Dictionary<string, Dictionary<string, string>> rows) => _rows = rows;

    public static SourcesSidecar Empty { get; } = new(new(StringComparer.OrdinalIgnoreCase));

    public static SourcesSidecar Load(string folder, Action<IngestionProblem> report)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return Empty;
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var csv = CsvDataReader.Create(path);
            while (csv.Read())
            {
                var row = Enumerable.Range(0, Math.Min(csv.FieldCount, csv.RowFieldCount))
                    .Where(i => !string.IsNullOrWhiteSpace(csv.GetString(i)))
                    .ToDictionary(i => csv.GetName(i).Trim().ToLowerInvariant(), i => csv.GetString(i).Trim());
                if (row.TryGetValue("url", out var url) && ArticleUrl.Normalize(url) is null)
                {
                    report(new IngestionProblem(FileName, ArticleUrl.Dropped(url), csv.RowNumber));
                    row.Remove("url");
                }
                if (row.TryGetValue("file", out var file)) rows[file.Replace('\\', '/')] = row;
            }
        }
        catch (Exception e) when (e is IOException or CsvFormatException or System.Text.DecoderFallbackException)
        {
            report(new IngestionProblem(FileName, "sidecar ignored: " + e.Message));
        }
        return new SourcesSidecar(rows);
    }

    /// <summary>Applies the row for <paramref name="relativePath"/> (or its file name), if any.</summary>
    public Article Apply(Article article, string relativePath)
    {
        if (!_rows.TryGetValue(relativePath, out var row) && !_rows.TryGetValue(Path.GetFileName(relativePath), out row))
        {
            return article;
        }
        var url = row.GetValueOrDefault("url") ?? article.Url;
        return article with
        {
            Id = url ?? article.Id,
            Url = url,
            Outlet = row.GetValueOrDefault("outlet") ?? article.Outlet,
            Author = row.GetValueOrDefault("author") ?? article.Author,
            Published = DateParser.Parse(row.GetValueOrDefault("published")) ?? article.Published,
        };
    }
}
