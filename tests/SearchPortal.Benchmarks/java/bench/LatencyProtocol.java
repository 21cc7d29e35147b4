package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's latency protocol (Measure/LatencyRunner.cs), run inside the JVM so no process boundary is timed:
 * passes over the whole mix until the warm-up time is spent or 10 passes are done (at least one), a 1 s pause, then
 * per class the warm-up passes and up to the measured passes, stopping once the class budget is spent (after at least
 * one). Each query is timed alone with System.nanoTime. Garbage collections (young and old, from the collector
 * MXBeans) and the bytes the measuring thread allocated are counted around each class's measured passes.
 */
final class LatencyProtocol {
  private static final int MAX_WARMUP_PASSES = 10;

  private final JavaEngine engine;
  private final JsonNode settings;

  LatencyProtocol(JavaEngine engine, JsonNode settings) {
    this.engine = engine;
    this.settings = settings;
  }

  ObjectNode run(List<BenchQuery> queries) throws InterruptedException {
    ObjectNode out = Json.MAPPER.createObjectNode();
    long warmStart = System.nanoTime();
    double warmupSeconds = settings.path("warmup_s").asDouble();
    int passes = 0;
    do {
      for (BenchQuery q : queries) trySearch(q);
      passes++;
    } while (passes < MAX_WARMUP_PASSES && (System.nanoTime() - warmStart) / 1e9 < warmupSeconds);
    double warmed = (System.nanoTime() - warmStart) / 1e9;
    Thread.sleep(1000);
    System.out.printf("lucene-java: %d warm-up passes over %d queries in %.1f s%n", passes, queries.size(), warmed);
    out.put("warmup_passes", passes);
    out.put("warmup_s", warmed);
    ObjectNode classes = out.putObject("classes");
    Map<String, List<BenchQuery>> byClass = new LinkedHashMap<>();
    for (BenchQuery q : queries) byClass.computeIfAbsent(q.queryClass, c -> new ArrayList<>()).add(q);
    for (Map.Entry<String, List<BenchQuery>> entry : byClass.entrySet()) {
      try {
        classes.set(entry.getKey(), measure(entry.getKey(), entry.getValue()));
      } catch (Exception e) {
        System.out.printf("lucene-java: %s failed: %s%n", entry.getKey(), e);
        classes.putObject(entry.getKey()).put("error", String.valueOf(e));
      }
    }
    return out;
  }

  private ObjectNode measure(String queryClass, List<BenchQuery> members) throws Exception {
    int warmupRounds = settings.path("warmup_rounds").asInt();
    int rounds = settings.path("rounds").asInt();
    double budget = settings.path("class_budget_s").asDouble();
    for (int w = 0; w < warmupRounds; w++) {
      for (BenchQuery q : members) engine.search(q, false);
    }
    List<Double> samples = new ArrayList<>();
    SearchResult[] last = new SearchResult[members.size()];
    long[] gcBefore = gcCounts();
    long allocatedBefore = allocatedBytes();
    long start = System.nanoTime();
    for (int round = 0; round < rounds && (round == 0 || (System.nanoTime() - start) / 1e9 < budget); round++) {
      for (int i = 0; i < members.size(); i++) {
        long t0 = System.nanoTime();
        last[i] = engine.search(members.get(i), false);
        samples.add((System.nanoTime() - t0) / 1e6);
      }
    }
    long allocated = allocatedBytes() - allocatedBefore;
    long[] gcAfter = gcCounts();
    ObjectNode node = Json.MAPPER.createObjectNode();
    ArrayNode times = node.putArray("samples_ms");
    samples.forEach(times::add);
    double total = 0, hits = 0, snippets = 0;
    int dims = Integer.MAX_VALUE;
    for (SearchResult r : last) {
      total += r.total;
      hits += r.hitIds.size();
      snippets += r.hitsWithSnippets;
      dims = Math.min(dims, r.facetDimensions);
    }
    node.put("avg_total", total / last.length);
    node.put("facet_dims", dims);
    node.put("hits_returned", hits / last.length);
    node.put("hits_with_snippets", snippets / last.length);
    node.put("gc_young", gcAfter[0] - gcBefore[0]);
    node.put("gc_old", gcAfter[1] - gcBefore[1]);
    node.put("allocated_bytes", allocated);
    double p50 = percentile(samples, 0.50), p99 = percentile(samples, 0.99);
    System.out.printf("lucene-java: %-16s p50 %8.2f ms  p99 %8.2f ms  (%d runs, avg hits %,.0f)%n", queryClass, p50, p99, samples.size(), total / last.length);
    return node;
  }

  /** Bytes this thread has allocated so far (HotSpot's ThreadMXBean extension); -1 when unsupported. */
  private static long allocatedBytes() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads instanceof com.sun.management.ThreadMXBean
        ? ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(Thread.currentThread().getId())
        : -1;
  }

  private void trySearch(BenchQuery q) {
    try {
      engine.search(q, false);
    } catch (Exception e) {
      System.out.printf("lucene-java: warm-up query failed: %s%n", e);
    }
  }

  /** Young and old collections so far; G1 names its collectors "G1 Young Generation" and "G1 Old Generation". */
  private static long[] gcCounts() {
    long young = 0, old = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      String name = gc.getName().toLowerCase(java.util.Locale.ROOT);
      if (name.contains("young") || name.contains("scavenge") || name.contains("copy")) young += Math.max(0, gc.getCollectionCount());
      else if (name.contains("old") || name.contains("marksweep")) old += Math.max(0, gc.getCollectionCount());
    }
    return new long[] {young, old};
  }

  private static double percentile(List<Double> samples, double p) {
    List<Double> sorted = new ArrayList<>(samples);
    sorted.sort(null);
    int rank = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
  }
}
