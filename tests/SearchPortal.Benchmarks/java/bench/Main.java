package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Lucene Java peer of the SearchPortal benchmark, started by the C# run:
 * <pre>
 *   build   --input DUMP.jsonl --index DIR --threads N     prints one "BENCH-RESULT {json}" line
 *   measure --index DIR --queries QUERIES.json --out RESULT.json
 * </pre>
 * measure runs the latency protocol over the mix, splits each class's time into stages like the portal's stage
 * profiler, then answers the count checks and every mix query once more with all facet values, so the C# side can
 * compare hits and facet counts with the portal's.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) throw new IllegalArgumentException("usage: build|measure ...");
    switch (args[0]) {
      case "build":
        IndexBuild.run(Path.of(option(args, "--input")), Path.of(option(args, "--index")), Integer.parseInt(option(args, "--threads")));
        break;
      case "measure":
        measure(Path.of(option(args, "--index")), Path.of(option(args, "--queries")), Path.of(option(args, "--out")));
        break;
      default:
        throw new IllegalArgumentException("unknown verb " + args[0]);
    }
  }

  private static void measure(Path index, Path queriesFile, Path output) throws Exception {
    JsonNode input = Json.MAPPER.readTree(queriesFile.toFile());
    List<BenchQuery> mix = new ArrayList<>();
    for (JsonNode q : input.path("queries")) mix.add(BenchQuery.from(q));
    try (JavaEngine engine = new JavaEngine(index)) {
      System.out.printf("lucene-java: searching %d segments%n", engine.segments());
      ObjectNode out = new LatencyProtocol(engine, input.path("settings")).run(mix);
      out.set("stages", StageProfiler.profile(engine, mix, input.path("settings").path("stage_rounds").asInt(5)));
      ObjectNode checks = out.putObject("checks");
      var names = input.path("checks").fieldNames();
      while (names.hasNext()) {
        String key = names.next();
        checks.put(key, engine.search(BenchQuery.from(input.path("checks").path(key)), false).total);
      }
      ArrayNode answers = out.putArray("answers");
      for (BenchQuery q : mix) {
        SearchResult r = engine.search(q, true);
        ObjectNode answer = answers.addObject();
        answer.put("total", r.total);
        ArrayNode ids = answer.putArray("hits");
        r.hitIds.forEach(ids::add);
        ObjectNode facets = answer.putObject("facets");
        for (Map.Entry<String, Map<String, Integer>> dimension : r.facets.entrySet()) {
          ObjectNode values = facets.putObject(dimension.getKey());
          dimension.getValue().forEach(values::put);
        }
      }
      out.put("peak_rss_mb", ProcStatus.peakRssMb());
      out.put("heap_used_mb", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
      Json.MAPPER.writeValue(output.toFile(), out);
    }
  }

  private static String option(String[] args, String name) {
    for (int i = 1; i + 1 < args.length; i++) {
      if (args[i].equals(name)) return args[i + 1];
    }
    throw new IllegalArgumentException("missing " + name);
  }
}
