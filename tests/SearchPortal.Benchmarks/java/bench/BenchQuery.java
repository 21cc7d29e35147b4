package bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One query of the benchmark's mix as the C# side writes it: class, kind (Browse, Term, And, Phrase, Or, Prefix), words and facet filters. */
final class BenchQuery {
  final String queryClass;
  final String kind;
  final List<String> words = new ArrayList<>();
  final List<String[]> filters = new ArrayList<>();

  private BenchQuery(String queryClass, String kind) {
    this.queryClass = queryClass;
    this.kind = kind;
  }

  static BenchQuery from(JsonNode node) {
    BenchQuery q = new BenchQuery(node.path("class").asText(), node.path("kind").asText());
    for (JsonNode word : node.path("words")) q.words.add(word.asText());
    for (JsonNode filter : node.path("filters")) q.filters.add(new String[] {filter.path("dimension").asText(), filter.path("value").asText()});
    return q;
  }

  boolean isBrowse() {
    return kind.equals("Browse");
  }
}
