using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// Builds or updates a Lucene index from an input folder: read, enrich, convert, write.
/// Articles are keyed by their stable id, so a re-run updates rather than duplicates. The writer
/// commits every <see cref="BuildOptions.CommitEvery"/> articles and at the end; on any failure it
/// rolls back, so readers always see the last committed index. One build per directory at a time
/// (Lucene's write lock enforces it); the instance itself is stateless between builds.
/// </summary>
public sealed class IndexBuilder(Func<Article, Article> enrich, IngestionOptions ingestion)
{
    /// <summary>The production pipeline: default ingestion limits and the default enricher.</summary>
    public static IndexBuilder CreateDefault(IngestionOptions? ingestion = null) =>
        new(ArticleEnricher.CreateDefault().Enrich, ingestion ?? IngestionOptions.Default);

    /// <summary>
    /// The writer settings of every build: the schema's analyzer and similarity, a 256 MB RAM buffer, the deletion
    /// policy that keeps recent finished builds, and plain segment files. A new instance per call, as Lucene lets a
    /// config serve one writer only; <paramref name="rebuild"/> starts from an empty index.
    /// </summary>
    public static IndexWriterConfig CreateWriterConfig(bool rebuild) => new(LuceneDefaults.Version, ArticleSchema.CreateAnalyzer())
    {
        OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
        Similarity = ArticleSchema.Similarity,
        RAMBufferSizeMB = 256,
        IndexDeletionPolicy = new KeepRecentBuildsDeletionPolicy(),
        // Bulk builds write plain segment files: packing them into compound files costs a copy per flush.
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0, SegmentsPerTier = 20 },
    };

    public BuildSummary Build(string input, Lucene.Net.Store.Directory directory, BuildOptions options,
        IProgress<BuildProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var problems = new List<IngestionProblem>();
        using var writer = new IndexWriter(directory, CreateWriterConfig(options.Rebuild));
        try
        {
            var indexed = WriteAll(writer, input, options, problems, progress, cancellation);
            Commit(writer, finished: true);
            return new BuildSummary(indexed, writer.NumDocs, problems, clock.Elapsed, writer.MaxDoc == 0 ? 0 : SegmentInfos.GetLastCommitGeneration(directory));
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }

    private int WriteAll(IndexWriter writer, string input, BuildOptions options, List<IngestionProblem> problems,
        IProgress<BuildProgress>? progress, CancellationToken cancellation)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        using var pipeline = new WritePipeline(writer, enrich, options.BatchSize);
        var sinceCommit = 0;
        var read = 0;
        foreach (var article in new InputReader(ingestion).Read(input, problems.Add))
        {
            cancellation.ThrowIfCancellationRequested();
            var duplicate = seen.TryGetValue(article.Id, out var first);
            if (duplicate)
            {
                problems.Add(new IngestionProblem(article.Source, $"duplicate id '{article.Id}' (first seen in {first}); the later record replaces it"));
                // Articles are written in parallel: the earlier record must be in before the later one replaces it.
                pipeline.Drain();
            }
            seen[article.Id] = article.Source;
            // A rebuild starts from an empty index, so a first-seen id has nothing to delete.
            pipeline.Post(article, replace: duplicate || !options.Rebuild);
            if (++sinceCommit >= options.CommitEvery)
            {
                pipeline.Drain();
                Commit(writer, finished: false);
                sinceCommit = 0;
            }
            if (++read % options.BatchSize == 0) progress?.Report(new BuildProgress((int)pipeline.Written, problems.Count, article.Source));
        }
        pipeline.Complete();
        var indexed = (int)pipeline.Written;
        progress?.Report(new BuildProgress(indexed, problems.Count, null));
        return indexed;
    }

    /// <summary>
    /// Commits with the schema version in the commit data, plus the build time when the build is finished:
    /// the deletion policy keeps finished builds only, so a partial commit must not look like one.
    /// </summary>
    private static void Commit(IndexWriter writer, bool finished)
    {
        var data = new Dictionary<string, string>
        {
            [ArticleSchema.SchemaVersionKey] = ArticleSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (finished) data[ArticleSchema.BuiltAtKey] = DateTimeOffset.UtcNow.ToString("O");
        writer.SetCommitData(data);
        writer.Commit();
    }
}
