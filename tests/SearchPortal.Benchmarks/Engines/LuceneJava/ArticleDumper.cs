using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lucene.Net.Documents;
using SearchPortal.Benchmarks.Measure;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Benchmarks.Engines.LuceneJava;

/// <summary>
/// The Lucene Java peer's ingestion, run in a child process: the corpus through the portal's reader and enricher
/// (<see cref="EnrichedBatches"/>), each enriched article written as one JSON line for the Java indexer. The facet
/// values are taken from the document the portal itself would index (<see cref="FacetFields.AddTo(Document, Article)"/>:
/// cleaned, every level of a region path, the year as four digits), so both engines count the very same values.
/// </summary>
internal static class ArticleDumper
{
    public static BuildOutcome Dump(string input, string output)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var progress = new ConsoleProgress("lucene-java dump");
        var written = 0;
        int problems;
        using (var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        using (var batches = new EnrichedBatches(input))
        {
            foreach (var article in batches.Read().SelectMany(b => b))
            {
                Write(writer, article);
                writer.Flush();
                writer.Reset();
                stream.WriteByte((byte)'\n');
                progress.Report(++written);
            }
            problems = batches.Problems;
        }
        return new BuildOutcome
        {
            Seconds = clock.Elapsed.TotalSeconds,
            Indexed = written,
            Problems = problems,
            PeakRssMb = ProcMemory.PeakRssMb(),
            IndexMb = new FileInfo(output).Length / 1e6,
        };
    }

    private static void Write(Utf8JsonWriter writer, Article article)
    {
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("key", ArticleKey.From(article.Id));
        writer.WriteString("source", article.Source);
        writer.WriteString("title", article.Title);
        writer.WriteString("text", article.Text);
        writer.WriteString("url", article.Url);
        writer.WriteString("outlet", article.Outlet);
        writer.WriteString("author", article.Author);
        writer.WriteString("language", article.Language ?? "en");
        if (article.Published is { } date)
        {
            writer.WriteString("published", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteNumber("published_sort", date.Year * 10_000L + date.Month * 100 + date.Day);
        }
        Strings(writer, "regions", article.Regions);
        Strings(writer, "crimes", article.CrimeTypes);
        if (article.Metadata.Count > 0) writer.WriteString("metadata", JsonSerializer.Serialize(article.Metadata));
        writer.WriteStartObject("facets");
        var facets = new Document();
        ArticleDocumentBuilder.AddFacets(facets, article);
        foreach (var dimension in FacetSchema.All)
        {
            Strings(writer, dimension.Name, facets.Fields.Where(f => f.Name == dimension.Field).Select(f => f.GetBinaryValue().Utf8ToString()));
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
