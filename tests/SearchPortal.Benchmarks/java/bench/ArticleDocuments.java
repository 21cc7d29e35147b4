package bench;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * The portal's ArticleDocumentBuilder for Lucene 8: the same stored fields, the language field and the exact field
 * for body and title (offsets in the postings), the date for sorting, and the facet values the dump carries, through
 * FacetsConfig (which also indexes the drill-down terms Lucene's DrillDownQuery needs). Thread-safe.
 */
final class ArticleDocuments {
  private final FacetsConfig config;

  ArticleDocuments(FacetsConfig config) {
    this.config = config;
  }

  Document build(ArticleRecord a) throws IOException {
    String language = a.language == null ? "en" : a.language;
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, a.id, Field.Store.YES));
    doc.add(new StringField(Schema.KEY, a.key, Field.Store.YES));
    doc.add(new StoredField(Schema.SOURCE, a.source));
    doc.add(new StoredField(Schema.TITLE, a.title));
    doc.add(new StoredField(Schema.TEXT, a.text));
    doc.add(new StringField(Schema.LANGUAGE, language, Field.Store.YES));
    doc.add(new Field(Schema.bodyFieldFor(language), a.text, Schema.TEXT_WITH_OFFSETS));
    doc.add(new Field(Schema.BODY_EXACT, a.text, Schema.TEXT_WITH_OFFSETS));
    doc.add(new Field(Schema.titleFieldFor(language), a.title, Schema.TEXT_WITH_OFFSETS));
    doc.add(new Field(Schema.TITLE_EXACT, a.title, Schema.TEXT_WITH_OFFSETS));
    if (a.url != null) doc.add(new StoredField(Schema.URL, a.url));
    if (a.author != null) doc.add(new TextField(Schema.AUTHOR, a.author, Field.Store.YES));
    if (a.outlet != null) doc.add(new TextField(Schema.OUTLET, a.outlet, Field.Store.YES));
    if (a.published != null) doc.add(new StoredField(Schema.PUBLISHED, a.published));
    if (a.publishedSort != null) doc.add(new NumericDocValuesField(Schema.PUBLISHED_SORT, a.publishedSort));
    for (String region : a.regions) doc.add(new StoredField(Schema.REGIONS, region));
    for (String crime : a.crimes) doc.add(new StoredField(Schema.CRIMES, crime));
    if (a.metadata != null) doc.add(new StoredField(Schema.METADATA, a.metadata));
    for (Map.Entry<String, List<String>> dimension : a.facets.entrySet()) {
      for (String value : dimension.getValue()) doc.add(new SortedSetDocValuesFacetField(dimension.getKey(), value));
    }
    return config.build(doc);
  }
}
