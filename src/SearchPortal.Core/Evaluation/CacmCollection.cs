using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Loads the CACM test collection as Anserini ships it: <c>cacm.tar.gz</c> with one
/// <c>CACM-NNNN.html</c> per document (docid = file name without <c>.html</c>, text = the HTML's
/// visible text), <c>topics.cacm.txt</c> and <c>qrels.cacm.txt</c>. Stateless and thread-safe.
/// </summary>
public static class CacmCollection
{
    public const string ArchiveFile = "cacm.tar.gz";
    public const string TopicsFile = "topics.cacm.txt";
    public const string QrelsFile = "qrels.cacm.txt";

    /// <summary>Loads documents, topics and qrels from the folder that holds the three files.</summary>
    public static EvalCollection Load(string dataDir) => new(
        ReadArchive(Path.Combine(dataDir, ArchiveFile)),
        TopicReader.Load(Path.Combine(dataDir, TopicsFile)),
        Qrels.Load(Path.Combine(dataDir, QrelsFile)));

    /// <summary>Reads every regular file of a .tar.gz as an HTML document, in archive order.</summary>
    public static IReadOnlyList<EvalDocument> ReadArchive(string tarGzPath)
    {
        using var file = File.OpenRead(tarGzPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var documents = new List<EvalDocument>();
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
            var html = reader.ReadToEnd();
            var id = Path.GetFileName(entry.Name);
            if (id.EndsWith(".html", StringComparison.Ordinal)) id = id[..^".html".Length];
            documents.Add(new EvalDocument(id, JsoupText.Extract(html), TitleOf(html)));
        }
        return documents;
    }

    /// <summary>
    /// The first paragraph of the <c>&lt;pre&gt;</c> block, which in CACM is the article title
    /// (sometimes wrapped over two lines); the date line follows after a blank line.
    /// </summary>
    private static string? TitleOf(string html)
    {
        var start = html.IndexOf("<pre>", StringComparison.OrdinalIgnoreCase);
        if (start < 0) return null;
        var lines = html[(start + "<pre>".Length)..].Split('\n').Select(line => line.Trim()).SkipWhile(line => line.Length == 0);
        var title = string.Join(' ', lines.TakeWhile(line => line.Length > 0));
        return title.Length == 0 ? null : JsoupText.Extract(title);
    }
}
