package bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;

/**
 * The portal's ArticleSchema in Lucene 8 terms: the same field names, per-field analysis, index options (positions
 * and offsets on every text field) and BM25(0.9, 0.4), whose statistics Lucene 8 takes per field as the portal's
 * FieldBm25Similarity does. Not mirrored: the position gap between sentences. Facets use Lucene's own module: one
 * SortedSetDocValuesFacetField per value of the six dimensions (the focus values the dump carries), region, crime and
 * group multi-valued.
 */
final class Schema {
  static final String ID = "id", KEY = "key", SOURCE = "source", TITLE = "title", TEXT = "text", URL = "url";
  static final String OUTLET = "outlet", AUTHOR = "author", PUBLISHED = "published", PUBLISHED_SORT = "published_sort";
  static final String LANGUAGE = "language", REGIONS = "regions", CRIMES = "crimes", METADATA = "metadata";
  static final String BODY_EN = "body_en", BODY_ES = "body_es", BODY_PT = "body_pt", BODY_EXACT = "body_exact";
  static final String TITLE_EN = "title_en", TITLE_ES = "title_es", TITLE_PT = "title_pt", TITLE_EXACT = "title_exact";
  static final float TITLE_BOOST = 1f;
  static final float TIE_BREAKER = 0.1f;

  /** Facet dimensions in the portal's order (FacetSchema.All). */
  static final List<String> DIMENSIONS = List.of("region", "year", "crime", "group", "outlet", "language");

  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private Schema() {}

  static Similarity similarity() {
    return new BM25Similarity(0.9f, 0.4f);
  }

  static String bodyFieldFor(String language) {
    return "es".equals(language) ? BODY_ES : "pt".equals(language) ? BODY_PT : BODY_EN;
  }

  static String titleFieldFor(String language) {
    return "es".equals(language) ? TITLE_ES : "pt".equals(language) ? TITLE_PT : TITLE_EN;
  }

  static Analyzer analyzer() {
    Analyzer english = new EnglishArticleAnalyzer();
    Analyzer spanish = new SpanishArticleAnalyzer();
    Analyzer portuguese = new PortugueseArticleAnalyzer();
    Analyzer exact = new ExactAnalyzer();
    Analyzer keyword = new KeywordFoldingAnalyzer();
    Map<String, Analyzer> fields = new HashMap<>();
    fields.put(BODY_EN, english);
    fields.put(TITLE_EN, english);
    fields.put(BODY_ES, spanish);
    fields.put(TITLE_ES, spanish);
    fields.put(BODY_PT, portuguese);
    fields.put(TITLE_PT, portuguese);
    fields.put(BODY_EXACT, exact);
    fields.put(TITLE_EXACT, exact);
    fields.put(AUTHOR, keyword);
    fields.put(OUTLET, keyword);
    return new PerFieldAnalyzerWrapper(exact, fields);
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued("region", true);
    config.setMultiValued("crime", true);
    config.setMultiValued("group", true);
    return config;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
