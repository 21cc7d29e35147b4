package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Lucene Java peer of the SearchPortal benchmark, started by the C# run:
 * <pre>
 *   build   --input DUMP.jsonl --index DIR --threads N     prints one "BENCH-RESULT {json}" line
 *   serve   --index DIR --queries QUERIES.json --out RESULT.json
 * </pre>
 * serve runs the latency protocol over the mix step by step as the C# side asks (warm-up, then class by class,
 * alternating with the portal), then splits each class's time into stages like the portal's stage profiler and
 * answers the count checks and every mix query once more with all facet values, so the C# side can compare hits and
 * facet counts with the portal's.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) throw new IllegalArgumentException("usage: build|serve ...");
    switch (args[0]) {
      case "build":
        IndexBuild.run(Path.of(option(args, "--input")), Path.of(option(args, "--index")), Integer.parseInt(option(args, "--threads")));
        break;
      case "serve":
        serve(Path.of(option(args, "--index")), Path.of(option(args, "--queries")), Path.of(option(args, "--out")));
        break;
      default:
        throw new IllegalArgumentException("unknown verb " + args[0]);
    }
  }

  /**
   * Opens the index and answers commands from stdin, one JSON line each, with one "BENCH-RESULT {json}" line:
   * {"op":"warmup"}, {"op":"measure","class":C}, and {"op":"finish"}, which also writes the stage split, the count
   * checks and every mix query's full answer to the output file, then exits.
   */
  private static void serve(Path index, Path queriesFile, Path output) throws Exception {
    JsonNode input = Json.MAPPER.readTree(queriesFile.toFile());
    List<BenchQuery> mix = new ArrayList<>();
    for (JsonNode q : input.path("queries")) mix.add(BenchQuery.from(q));
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try (JavaEngine engine = new JavaEngine(index)) {
      System.out.printf("lucene-java: searching %d segments%n", engine.segments());
      LatencyProtocol protocol = new LatencyProtocol(engine, input.path("settings"));
      ObjectNode state = Json.MAPPER.createObjectNode();
      for (String line = commands.readLine(); line != null; line = commands.readLine()) {
        JsonNode command = Json.MAPPER.readTree(line);
        switch (command.path("op").asText()) {
          case "warmup":
            state.setAll(protocol.warmUp(mix));
            reply(state);
            break;
          case "measure":
            String queryClass = command.path("class").asText();
            reply(protocol.measureClass(queryClass, mix.stream().filter(q -> q.queryClass.equals(queryClass)).collect(Collectors.toList())));
            break;
          case "finish":
            finish(engine, input, mix, state, output);
            reply(Json.MAPPER.createObjectNode());
            return;
          default:
            throw new IllegalArgumentException("unknown command " + line);
        }
      }
    }
  }

  private static void finish(JavaEngine engine, JsonNode input, List<BenchQuery> mix, ObjectNode out, Path output) throws Exception {
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
    Json.MAPPER.writeValue(output.toFile(), out);
  }

  private static void reply(ObjectNode node) {
    System.out.println(Json.MARKER + node);
    System.out.flush();
  }

  private static String option(String[] args, String name) {
    for (int i = 1; i + 1 < args.length; i++) {
      if (args[i].equals(name)) return args[i + 1];
    }
    throw new IllegalArgumentException("missing " + name);
  }
}
