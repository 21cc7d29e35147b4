using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Reads every article under an input folder (or one file): scraped .txt pages, .html pages,
/// .jsonl and .csv files. Files are visited in ordinal path order so builds are deterministic.
/// Anything unreadable is reported through the callback with file, line and reason, and reading
/// goes on. Every article's fields are cleaned (<see cref="ArticleText"/>) and its url checked (<see cref="ArticleUrl"/>)
/// before it leaves, each change reported. Lazily enumerated; one enumeration at a time per instance.
/// </summary>
public sealed class InputReader(IngestionOptions options)
{
    private static readonly string[] DocumentationNames = ["readme", "license", "licence"];

    private readonly ScrapedPageExtractor _scraped = new();
    private readonly HtmlExtractor _html = new();

    public InputReader() : this(IngestionOptions.Default)
    {
    }

    public IEnumerable<Article> Read(string inputPath, Action<IngestionProblem> report)
    {
        var root = Directory.Exists(inputPath) ? inputPath : Path.GetDirectoryName(Path.GetFullPath(inputPath))!;
        IEnumerable<string> files = Directory.Exists(inputPath)
            ? Directory.EnumerateFiles(inputPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : File.Exists(inputPath) ? [inputPath] : throw new DirectoryNotFoundException($"Input not found: {inputPath}");
        var sidecar = SourcesSidecar.Load(root, report);

        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (IsIgnored(relative)) continue;
            foreach (var article in ReadFile(file, relative, sidecar, report))
            {
                yield return article with { Language = article.Language ?? LanguageDetector.Detect(article.Title, article.Text) };
            }
        }
    }

    private IEnumerable<Article> ReadFile(string file, string relative, SourcesSidecar sidecar, Action<IngestionProblem> report)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        switch (extension)
        {
            case ".jsonl" or ".ndjson":
                return ReadRecords(file, relative, report, JsonLinesReader.Read);
            case ".csv":
                return ReadRecords(file, relative, report, CsvArticleReader.Read);
            case ".txt" or ".html" or ".htm":
                var page = ReadPage(file, relative, extension, report);
                return page is null ? [] : [ArticleText.Clean(sidecar.Apply(page, relative), relative, null, report)];
            default:
                report(new IngestionProblem(relative, $"unsupported file type '{extension}'"));
                return [];
        }
    }

    private IEnumerable<Article> ReadRecords(string file, string relative, Action<IngestionProblem> report,
        Func<Stream, string, IngestionOptions, Action<IngestionProblem>, IEnumerable<Article>> reader)
    {
        using var stream = File.OpenRead(file);
        foreach (var article in reader(stream, relative, options, report)) yield return article;
    }

    private Article? ReadPage(string file, string relative, string extension, Action<IngestionProblem> report)
    {
        var length = new FileInfo(file).Length;
        if (length > options.MaxFileBytes)
        {
            report(new IngestionProblem(relative, $"file has {length:N0} bytes, over the limit of {options.MaxFileBytes:N0}"));
            return null;
        }
        var content = TextDecoder.TryDecode(File.ReadAllBytes(file), out var reason);
        if (content is null)
        {
            report(new IngestionProblem(relative, reason!));
            return null;
        }
        var page = extension == ".txt" ? _scraped.Extract(content) : _html.Extract(content, new Uri(Path.GetFullPath(file)).AbsoluteUri);
        if (string.IsNullOrWhiteSpace(page.Text))
        {
            report(new IngestionProblem(relative, "no article text found"));
            return null;
        }
        if (page.Text.Length > options.MaxArticleChars)
        {
            report(new IngestionProblem(relative, $"article text has {page.Text.Length:N0} characters, over the limit of {options.MaxArticleChars:N0}"));
            return null;
        }
        var url = ArticleUrl.Normalize(page.Url);
        if (url is null && !string.IsNullOrWhiteSpace(page.Url)) report(new IngestionProblem(relative, ArticleUrl.Dropped(page.Url)));
        return new Article
        {
            Id = url ?? relative,
            Source = Path.GetFileName(file),
            Title = page.Title,
            Text = page.Text,
            Url = url,
            Outlet = page.Outlet,
            Author = page.Author,
            Published = page.Published,
            Language = LanguageDetector.Normalize(page.Language),
        };
    }

    private static bool IsIgnored(string relative)
    {
        var name = Path.GetFileName(relative);
        return relative.Split('/').Any(p => p.StartsWith('.'))
            || name.Equals(SourcesSidecar.FileName, StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || DocumentationNames.Any(d => name.Contains(d, StringComparison.OrdinalIgnoreCase));
    }
}
