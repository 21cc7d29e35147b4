package bench;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * Builds the Lucene Java index from the dump: the calling thread reads lines in batches, one worker per core parses
 * them and adds the documents to one shared IndexWriter, with the portal's writer settings (256 MB RAM buffer, no
 * compound files, tiered merges with 20 segments per tier, commits every 100k articles and at the end). Like the
 * portal's build, it writes through buffered reads (NIOFSDirectory) rather than memory maps.
 */
final class IndexBuild {
  private static final List<String> END = new ArrayList<>();
  private static final int BATCH = 256;
  private static final int COMMIT_EVERY = 100_000;

  private IndexBuild() {}

  static void run(Path input, Path index, int threads) throws Exception {
    long start = System.nanoTime();
    Files.createDirectories(index);
    IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setSimilarity(Schema.similarity());
    config.setRAMBufferSizeMB(256);
    config.setUseCompoundFile(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0);
    merges.setSegmentsPerTier(20);
    config.setMergePolicy(merges);
    ArticleDocuments documents = new ArticleDocuments(Schema.facetsConfig());
    AtomicLong indexed = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    BlockingQueue<List<String>> queue = new ArrayBlockingQueue<>(threads * 4);
    try (NIOFSDirectory directory = new NIOFSDirectory(index); IndexWriter writer = new IndexWriter(directory, config)) {
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread worker = new Thread(() -> work(queue, writer, documents, indexed, failure), "indexer-" + t);
        worker.start();
        workers.add(worker);
      }
      long read = 0, next = 10_000_000_000L + System.nanoTime();
      try (BufferedReader lines = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
        List<String> batch = new ArrayList<>(BATCH);
        for (String line = lines.readLine(); line != null && failure.get() == null; line = lines.readLine()) {
          if (line.isBlank()) continue;
          batch.add(line);
          if (batch.size() == BATCH) {
            queue.put(batch);
            batch = new ArrayList<>(BATCH);
          }
          if (++read % COMMIT_EVERY == 0) writer.commit();
          if (System.nanoTime() > next) {
            next = System.nanoTime() + 10_000_000_000L;
            System.out.printf("lucene-java build: %,d articles after %.0f s%n", indexed.get(), (System.nanoTime() - start) / 1e9);
          }
        }
        if (!batch.isEmpty()) queue.put(batch);
      } finally {
        for (int t = 0; t < threads; t++) queue.put(END);
        for (Thread worker : workers) worker.join();
      }
      if (failure.get() != null) throw new RuntimeException("indexing failed", failure.get());
      writer.commit();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.println(Json.buildOutcome(seconds, indexed.get(), ProcStatus.peakRssMb(), DiskUsage.mb(index)));
  }

  private static void work(BlockingQueue<List<String>> queue, IndexWriter writer, ArticleDocuments documents, AtomicLong indexed,
      AtomicReference<Throwable> failure) {
    JsonFactory json = new JsonFactory();
    try {
      for (List<String> batch = queue.take(); batch != END; batch = queue.take()) {
        if (failure.get() != null) continue;
        for (String line : batch) writer.addDocument(documents.build(ArticleRecord.parse(json, line)));
        indexed.addAndGet(batch.size());
      }
    } catch (Throwable e) {
      failure.compareAndSet(null, e);
      // Keep taking so the reader never blocks on a full queue.
      try {
        while (queue.take() != END) { }
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
