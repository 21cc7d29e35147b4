package bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * Splits Lucene Java's query time into the stages the portal's stage profiler reports (Engines/Portal/
 * PortalStageProfiler.cs): parse (the query tree), the plain top 10 with stored fields (no filters, facets or
 * snippets; counting every match, and separately with IndexSearcher's default early termination), highlighting
 * those 10 with UnifiedHighlighter, and the full search. Medians per class over the given rounds (the first is
 * not counted).
 */
final class StageProfiler {
  private StageProfiler() {}

  static ObjectNode profile(JavaEngine engine, List<BenchQuery> queries, int rounds) throws Exception {
    Map<String, List<BenchQuery>> byClass = new LinkedHashMap<>();
    for (BenchQuery q : queries) byClass.computeIfAbsent(q.queryClass, c -> new ArrayList<>()).add(q);
    ObjectNode out = Json.MAPPER.createObjectNode();
    for (Map.Entry<String, List<BenchQuery>> entry : byClass.entrySet()) {
      List<Double> parse = new ArrayList<>(), match = new ArrayList<>(), wand = new ArrayList<>(), highlight = new ArrayList<>(), full = new ArrayList<>();
      for (int round = 0; round <= rounds; round++) {
        for (BenchQuery q : entry.getValue()) {
          long t0 = System.nanoTime();
          Query query = engine.parse(q);
          long t1 = System.nanoTime();
          TopDocs[] top = new TopDocs[1];
          Map<Integer, Document> documents = engine.matchTopTen(query, true, top);
          long t2 = System.nanoTime();
          engine.highlight(query, top[0], documents);
          long t3 = System.nanoTime();
          engine.matchTopTen(query, false, top);
          long t4 = System.nanoTime();
          engine.search(q, false);
          long t5 = System.nanoTime();
          if (round == 0) continue;
          parse.add((t1 - t0) / 1e6);
          match.add((t2 - t1) / 1e6);
          highlight.add((t3 - t2) / 1e6);
          wand.add((t4 - t3) / 1e6);
          full.add((t5 - t4) / 1e6);
        }
      }
      ObjectNode node = out.putObject(entry.getKey());
      node.put("parse_ms", median(parse));
      node.put("match_top10_ms", median(match));
      node.put("match_top10_early_ms", median(wand));
      node.put("highlight_top10_ms", median(highlight));
      node.put("full_ms", median(full));
    }
    return out;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(0.5 * sorted.size()) - 1));
  }
}
