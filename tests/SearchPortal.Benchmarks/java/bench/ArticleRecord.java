package bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One enriched article as the benchmark's dump writes it (one JSON object per line), read with Jackson's streaming parser. */
final class ArticleRecord {
  String id, key, source, title, text, url, outlet, author, language, published, metadata;
  Long publishedSort;
  List<String> regions = List.of(), crimes = List.of();
  final Map<String, List<String>> facets = new LinkedHashMap<>();

  static ArticleRecord parse(JsonFactory json, String line) throws IOException {
    ArticleRecord r = new ArticleRecord();
    try (JsonParser p = json.createParser(line)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.getCurrentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "id": r.id = p.getValueAsString(); break;
          case "key": r.key = p.getValueAsString(); break;
          case "source": r.source = p.getValueAsString(); break;
          case "title": r.title = p.getValueAsString(); break;
          case "text": r.text = p.getValueAsString(); break;
          case "url": r.url = p.getValueAsString(); break;
          case "outlet": r.outlet = p.getValueAsString(); break;
          case "author": r.author = p.getValueAsString(); break;
          case "language": r.language = p.getValueAsString(); break;
          case "published": r.published = p.getValueAsString(); break;
          case "published_sort": r.publishedSort = value == JsonToken.VALUE_NULL ? null : p.getLongValue(); break;
          case "metadata": r.metadata = p.getValueAsString(); break;
          case "regions": r.regions = strings(p); break;
          case "crimes": r.crimes = strings(p); break;
          case "facets":
            expect(value, JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String dimension = p.getCurrentName();
              p.nextToken();
              r.facets.put(dimension, strings(p));
            }
            break;
          default: p.skipChildren();
        }
      }
    }
    if (r.id == null || r.text == null || r.title == null) throw new IOException("record without id, title or text: " + line.substring(0, Math.min(200, line.length())));
    return r;
  }

  private static List<String> strings(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_ARRAY);
    List<String> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) values.add(p.getValueAsString());
    return values;
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) throw new IOException("expected " + expected + ", found " + actual);
  }
}
