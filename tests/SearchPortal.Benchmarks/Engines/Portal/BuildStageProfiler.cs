using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Benchmarks.Measure;
using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Benchmarks.Engines.Portal;

/// <summary>
/// Splits the portal's build cost into stages, single-threaded, on the first articles of the corpus (run in a
/// child process): reading the JSONL, enrichment, building Lucene documents, and writing them into RAM with an
/// IndexWriter as a rebuild does (IndexBuilder's writer settings, AddDocument, then commit). The writer analyses
/// every document itself, so analysis is timed apart on the same documents as a part of the write, not a stage of
/// its own. The sample is processed twice and the second pass reported, so JIT warm-up is not counted. Uses only
/// public Core types, so it follows whatever the documents contain after Core changes.
/// </summary>
internal static class BuildStageProfiler
{
    public static BuildOutcome Profile(string input, int sample)
    {
        Pass(input, sample);
        var (count, stages) = Pass(input, sample);
        stages["sample_articles"] = count;
        return new BuildOutcome { Seconds = 0, Indexed = count, PeakRssMb = ProcMemory.PeakRssMb(), Extras = stages };
    }

    private static (int Count, Dictionary<string, double> Stages) Pass(string input, int sample)
    {
        var clock = Stopwatch.StartNew();
        var articles = new InputReader(IngestionOptions.Default).Read(input, _ => { }).Take(sample).ToList();
        var read = Lap(clock);
        var enricher = ArticleEnricher.CreateDefault();
        var enriched = articles.Select(enricher.Enrich).ToList();
        var enrich = Lap(clock);
        var documents = enriched.Select(ArticleDocumentBuilder.Build).ToList();
        var build = Lap(clock);
        var analyzer = ArticleSchema.CreateAnalyzer();
        foreach (var document in documents) Analyse(document, analyzer);
        var analyse = Lap(clock);
        // The writer gets documents whose fields nothing has read yet, built outside the timing.
        var fresh = enriched.Select(ArticleDocumentBuilder.Build).ToList();
        clock.Restart();
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, IndexBuilder.CreateWriterConfig(rebuild: true)))
        {
            foreach (var document in fresh) writer.AddDocument(document);
            writer.Commit();
        }
        var write = Lap(clock);
        var count = articles.Count;
        return (count, new Dictionary<string, double>
        {
            ["read_ms_per_article"] = read / count,
            ["enrich_ms_per_article"] = enrich / count,
            ["document_ms_per_article"] = build / count,
            ["index_write_ms_per_article"] = write / count,
            ["analysis_ms_per_article"] = analyse / count,
        });
    }

    private static void Analyse(Document document, Lucene.Net.Analysis.Analyzer analyzer)
    {
        foreach (var field in document.Fields)
        {
            if (!field.IndexableFieldType.IsIndexed || !field.IndexableFieldType.IsTokenized) continue;
            using var stream = field.GetTokenStream(analyzer);
            stream.Reset();
            while (stream.IncrementToken())
            {
            }
            stream.End();
        }
    }

    private static double Lap(Stopwatch clock)
    {
        var ms = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return ms;
    }
}
