package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's latency protocol (Measure/LatencyRunner.cs), run inside the JVM so no process boundary is timed,
 * step by step as the C# side asks (so it can alternate the two engines class by class): passes over the whole mix
 * until the warm-up time is spent or 10 passes are done (at least one) and a 1 s pause; then per class the warm-up
 * passes and up to the measured passes, stopping once the class budget is spent (after at least one). Each query is timed alone with System.nanoTime. Garbage collections (young and old, from the collector
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

  /** Passes over the whole mix until the warm-up time is spent or 10 passes are done, then a 1 s pause. */
  ObjectNode warmUp(List<BenchQuery> queries) throws InterruptedException {
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
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("warmup_passes", passes);
    out.put("warmup_s", warmed);
    return out;
  }

  /** One class: its warm-up passes, then the measured passes; a failure is reported as {"error": …}. */
  ObjectNode measureClass(String queryClass, List<BenchQuery> members) {
    try {
      return measure(queryClass, members);
    } catch (Exception e) {
      System.out.printf("lucene-java: %s failed: %s%n", queryClass, e);
      ObjectNode failed = Json.MAPPER.createObjectNode();
      failed.put("error", String.valueOf(e));
      return failed;
    }
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
}
