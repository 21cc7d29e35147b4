using System.Collections.Concurrent;
using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Benchmarks.Engines;

/// <summary>
/// The peers' ingestion: the portal's own reader and enricher (regions, crime types, outlet normalisation),
/// run ahead of the database writer on a background task, each batch enriched in parallel on every core (the
/// portal's IndexBuilder instead streams articles through a bounded queue to one enrich-and-write worker per
/// core, see Core's WritePipeline). So every engine indexes the same articles with the same facet values, and
/// pays the same enrichment cost. Single consumer.
/// </summary>
internal sealed class EnrichedBatches : IDisposable
{
    private readonly BlockingCollection<Article[]> _queue = new(boundedCapacity: 8);
    private readonly Task _producer;
    private int _problems;

    public EnrichedBatches(string input, int batchSize = 256)
    {
        _producer = Task.Run(() =>
        {
            try
            {
                var enricher = ArticleEnricher.CreateDefault();
                foreach (var chunk in new InputReader(IngestionOptions.Default).Read(input, _ => Interlocked.Increment(ref _problems)).Chunk(batchSize))
                {
                    var enriched = new Article[chunk.Length];
                    Parallel.For(0, chunk.Length, i => enriched[i] = enricher.Enrich(chunk[i]));
                    _queue.Add(enriched);
                }
            }
            finally
            {
                _queue.CompleteAdding();
            }
        });
    }

    public int Problems => _problems;

    /// <summary>The batches in input order; rethrows a reader or enricher failure at the end.</summary>
    public IEnumerable<Article[]> Read()
    {
        foreach (var batch in _queue.GetConsumingEnumerable()) yield return batch;
        _producer.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _queue.Dispose();
    }
}
