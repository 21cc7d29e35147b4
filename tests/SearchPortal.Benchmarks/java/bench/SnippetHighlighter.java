package bench;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * UnifiedHighlighter on the language fields (offsets from the postings): up to three sentence passages of the body
 * and the whole title marked with &lt;mark&gt;, HTML-escaped, the opening sentence when nothing matched. Terms of
 * every text field of the query count (not only the highlighted field's), so the exact-field prefixes and phrases
 * are highlighted too, as the portal marks matches of all its fields; a prefix makes UnifiedHighlighter re-analyse
 * the text, its own way of highlighting multi-term queries. The
 * highlighted fields' text is the stored text and title of the hit, which the caller has already loaded for the page
 * (as the portal highlights the documents it loaded), so nothing is read twice. Not thread-safe (the loaded documents
 * are handed over per call).
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  private static final Set<String> TEXT_FIELDS =
      Set.of(Schema.BODY_EN, Schema.BODY_ES, Schema.BODY_PT, Schema.BODY_EXACT, Schema.TITLE_EN, Schema.TITLE_ES, Schema.TITLE_PT, Schema.TITLE_EXACT);
  private static final PassageFormatter FORMATTER = new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);
  private Map<Integer, Document> loaded = Map.of();

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(searcher, analyzer);
    setFieldMatcher(TEXT_FIELDS::contains);
  }

  /** Body snippet and highlighted title per document, in the order of docIds. */
  Map<String, String[]> highlight(String language, org.apache.lucene.search.Query query, int[] docIds, Map<Integer, Document> documents) throws IOException {
    loaded = documents;
    try {
      return highlightFields(new String[] {Schema.bodyFieldFor(language), Schema.titleFieldFor(language)}, query, docIds, new int[] {3, 1});
    } finally {
      loaded = Map.of();
    }
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      Document document = loaded.get(doc);
      if (document == null) document = searcher.doc(doc);
      CharSequence[] row = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String stored = fields[f].startsWith("title_") ? Schema.TITLE : Schema.TEXT;
        row[f] = document.get(stored);
      }
      values.add(row);
    }
    return values;
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return field.startsWith("title_") ? new WholeBreakIterator() : BreakIterator.getSentenceInstance(Locale.ROOT);
  }

  @Override
  protected PassageFormatter getFormatter(String field) {
    return FORMATTER;
  }

  @Override
  protected int getMaxNoHighlightPassages(String field) {
    return 1;
  }
}
