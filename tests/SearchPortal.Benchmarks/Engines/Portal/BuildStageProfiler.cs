using System.Diagnostics;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Benchmarks.Measure;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Benchmarks.Engines.Portal;

/// <summary>
/// Splits the portal's build cost into stages, single-threaded, on the first articles of the corpus (run in a
/// child process): reading the JSONL, enrichment, building Lucene documents, analysing their indexed fields,
/// and writing them with an IndexWriter (as IndexBuilder does: UpdateDocument by id, then commit) into RAM.
/// The sample is processed twice and the second pass reported, so JIT warm-up is not counted. Uses only
/// public Core types, so it follows whatever the documents contain after Core changes.
/// </summary>
internal static class BuildStageProfiler
{
    public static BuildOutcome Profile(string input, int sample)
    {
        var articles = new InputReader(IngestionOptions.Default).Read(input, _ => { }).Take(sample).ToList();
        Dictionary<string, double> stages = [];
        for (var pass = 0; pass < 2; pass++) stages = Pass(input, articles.Count);
        stages["sample_articles"] = articles.Count;
        return new BuildOutcome { Seconds = 0, Indexed = articles.Count, PeakRssMb = ProcMemory.PeakRssMb(), Extras = stages };
    }

    private static Dictionary<string, double> Pass(string input, int count)
    {
        var clock = Stopwatch.StartNew();
        var articles = new InputReader(IngestionOptions.Default).Read(input, _ => { }).Take(count).ToList();
        var read = Lap(clock);
        var enricher = ArticleEnricher.CreateDefault();
        var enriched = articles.Select(enricher.Enrich).ToList();
        var enrich = Lap(clock);
        var documents = enriched.Select(ArticleDocumentBuilder.Build).ToList();
        var build = Lap(clock);
        var analyzer = ArticleSchema.CreateAnalyzer();
        foreach (var document in documents) Analyse(document, analyzer);
        var analyse = Lap(clock);
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneDefaults.Version, ArticleSchema.CreateAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            Similarity = ArticleSchema.Similarity,
            RAMBufferSizeMB = 128,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var article in enriched) writer.UpdateDocument(new Term(ArticleSchema.Id, article.Id), ArticleDocumentBuilder.Build(article));
            writer.Commit();
        }
        var write = Lap(clock);
        return new Dictionary<string, double>
        {
            ["read_ms_per_article"] = read / count,
            ["enrich_ms_per_article"] = enrich / count,
            ["document_ms_per_article"] = build / count,
            ["analysis_ms_per_article"] = analyse / count,
            ["index_write_ms_per_article"] = write / count,
        };
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
