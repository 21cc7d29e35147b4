using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// Enriches and writes articles on one worker per core while the caller keeps reading input: a bounded
/// queue instead of batches, so no core waits for the slowest article of a batch or for the reader.
/// Owned by one build; <see cref="Post"/>, <see cref="Drain"/> and <see cref="Complete"/> are called from
/// the reading thread only. The first failure of a worker stops the writing and is rethrown as is.
/// </summary>
internal sealed class WritePipeline : IDisposable
{
    private readonly IndexWriter writer;
    private readonly Func<Article, Article> enrich;
    private readonly BlockingCollection<(Article Article, bool Replace)> queue;
    private readonly Task[] workers;
    private readonly object gate = new();
    private long posted;
    private long written;
    private ExceptionDispatchInfo? failure;

    public WritePipeline(IndexWriter writer, Func<Article, Article> enrich, int capacity)
    {
        this.writer = writer;
        this.enrich = enrich;
        queue = new BlockingCollection<(Article, bool)>(Math.Max(1, capacity));
        workers = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();
    }

    /// <summary>Articles written so far.</summary>
    public long Written => Interlocked.Read(ref written);

    /// <summary>Queues an article; <paramref name="replace"/> deletes any earlier document with its id.</summary>
    public void Post(Article article, bool replace)
    {
        failure?.Throw();
        Interlocked.Increment(ref posted);
        queue.Add((article, replace));
    }

    /// <summary>Waits until every posted article is written, so a commit or a replacement sees them all.</summary>
    public void Drain()
    {
        lock (gate)
        {
            while (failure is null && Interlocked.Read(ref written) < Interlocked.Read(ref posted)) Monitor.Wait(gate);
        }
        failure?.Throw();
    }

    /// <summary>Writes what is queued, stops the workers and rethrows the first failure.</summary>
    public void Complete()
    {
        Stop();
        failure?.Throw();
    }

    /// <summary>Stops the workers like <see cref="Complete"/> without rethrowing a failure, so disposing on the way out of an exception does not replace it.</summary>
    public void Dispose()
    {
        Stop();
        queue.Dispose();
    }

    /// <summary>Lets the workers write what is queued and waits for them; they catch every failure, so this does not throw it.</summary>
    private void Stop()
    {
        queue.CompleteAdding();
        Task.WaitAll(workers);
    }

    private void Work()
    {
        foreach (var (article, replace) in queue.GetConsumingEnumerable())
        {
            if (failure is null) Write(article, replace);
            lock (gate)
            {
                written++;
                Monitor.PulseAll(gate);
            }
        }
    }

    private void Write(Article article, bool replace)
    {
        try
        {
            var doc = ArticleDocumentBuilder.Build(enrich(article));
            if (replace) writer.UpdateDocument(new Term(ArticleSchema.Id, article.Id), doc);
            else writer.AddDocument(doc);
        }
        catch (Exception e)
        {
            lock (gate) failure ??= ExceptionDispatchInfo.Capture(e);
        }
    }
}
