package bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.store.FSDirectory;

/**
 * Lucene Java answering a mix query as the portal's ArticleSearcher does: the query tree, facet filters as a
 * DrillDownQuery run through DrillSideways (each filtered dimension counted as if its own filter were absent), the
 * top 10 by score (browsing: newest first, undated last, then doc id) with an exact total, the top 10 values of
 * each of the six dimensions, the stored fields of the top 10, and UnifiedHighlighter snippets. One searcher over
 * a memory-mapped index (FSDirectory.open), opened once. Single-threaded.
 */
final class JavaEngine implements Closeable {
  private static final int TOP = 10;

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final FacetsConfig config = Schema.facetsConfig();
  private final SortedSetDocValuesReaderState state;
  private final DrillSideways drillSideways;
  private final QueryTrees trees;
  private final SnippetHighlighter highlighter;
  private final Sort newest;

  JavaEngine(Path index) throws IOException {
    reader = DirectoryReader.open(FSDirectory.open(index));
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(Schema.similarity());
    state = new DefaultSortedSetDocValuesReaderState(reader);
    drillSideways = new EveryLeafDrillSideways(searcher, config, state);
    Analyzer analyzer = Schema.analyzer();
    trees = new QueryTrees(analyzer);
    highlighter = new SnippetHighlighter(searcher, analyzer);
    SortField date = new SortField(Schema.PUBLISHED_SORT, SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    newest = new Sort(date, SortField.FIELD_DOC);
  }

  int segments() {
    return reader.leaves().size();
  }

  /** One search; with allValues every value of every dimension is counted back (for the agreement check), else the top 10. */
  SearchResult search(BenchQuery q, boolean allValues) throws IOException {
    Query query = parse(q);
    DrillDownQuery drillDown = new DrillDownQuery(config, query);
    for (String[] filter : q.filters) drillDown.add(filter[0], filter[1]);
    TopDocsCollector<?> collector = q.isBrowse()
        ? TopFieldCollector.create(newest, TOP, Integer.MAX_VALUE)
        : TopScoreDocCollector.create(TOP, Integer.MAX_VALUE);
    DrillSideways.DrillSidewaysResult result = drillSideways.search(drillDown, collector);
    TopDocs top = collector.topDocs();
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (String dimension : Schema.DIMENSIONS) {
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dimension);
      FacetResult values = range == null ? null : result.facets.getTopChildren(allValues ? range.end - range.start + 1 : TOP, dimension);
      Map<String, Integer> counts = new LinkedHashMap<>();
      if (values != null) {
        for (LabelAndValue value : values.labelValues) counts.put(value.label, value.value.intValue());
      }
      facets.put(dimension, counts);
    }
    Map<Integer, Document> documents = load(top);
    List<String> ids = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) ids.add(documents.get(hit.doc).get(Schema.ID));
    return new SearchResult(collector.getTotalHits(), ids, highlight(query, top, documents), facets.size(), facets);
  }

  /** The query tree of a mix query (the portal's parse stage). */
  Query parse(BenchQuery q) throws IOException {
    return trees.build(q);
  }

  /**
   * The plain top 10 of a query with their stored fields, no filters, facets or snippets (the stage profile's
   * "match"): exact counts every match as the faceted search must; otherwise IndexSearcher.search's default, which
   * may skip non-competitive documents (block-max WAND) once 1,000 hits are counted.
   */
  Map<Integer, Document> matchTopTen(Query query, boolean exact, TopDocs[] top) throws IOException {
    if (exact) {
      TopScoreDocCollector collector = TopScoreDocCollector.create(TOP, Integer.MAX_VALUE);
      searcher.search(query, collector);
      top[0] = collector.topDocs();
    } else {
      top[0] = searcher.search(query, TOP);
    }
    return load(top[0]);
  }

  /** Highlights the hits (bodies and titles, per language) and returns how many got a body snippet. */
  int highlight(Query query, TopDocs top, Map<Integer, Document> documents) throws IOException {
    Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
    for (ScoreDoc hit : top.scoreDocs) byLanguage.computeIfAbsent(documents.get(hit.doc).get(Schema.LANGUAGE), l -> new ArrayList<>()).add(hit.doc);
    int snippets = 0;
    for (Map.Entry<String, List<Integer>> language : byLanguage.entrySet()) {
      int[] docIds = language.getValue().stream().mapToInt(Integer::intValue).toArray();
      String[] bodies = highlighter.highlight(language.getKey(), query, docIds, documents).get(Schema.bodyFieldFor(language.getKey()));
      for (String body : bodies) {
        if (body != null && !body.isEmpty()) snippets++;
      }
    }
    return snippets;
  }

  private Map<Integer, Document> load(TopDocs top) throws IOException {
    Map<Integer, Document> documents = new HashMap<>();
    for (ScoreDoc hit : top.scoreDocs) documents.put(hit.doc, searcher.doc(hit.doc));
    return documents;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
