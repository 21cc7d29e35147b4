package bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The portal's query trees (Core's UserQueryParser with expansion off) rebuilt with Lucene 8 classes:
 * a word is a DisjunctionMax (tie-breaker 0.1) over the six text fields, titles boosted 1.5, each field's query
 * built from that field's analysis as the classic parser does (AND operator); plain words (Term, And) are all
 * required, and two or three of them add a sloppy phrase (slop 4) on the exact title and body fields, a
 * DisjunctionMax boosted 0.25; a quoted phrase is a DisjunctionMax of one phrase per field; OR is two optional
 * words; a prefix searches the exact fields only, accent-folded and lowercased; browsing matches all.
 * Not thread-safe (the analyzer's per-thread streams aside, QueryBuilder is cheap): one per searching thread.
 */
final class QueryTrees {
  private static final int MAX_REQUIRED_WORDS = 3;
  private static final int PROXIMITY_SLOP = 4;
  private static final float PROXIMITY_BOOST = 0.25f;
  private static final Map<String, Float> DEFAULT_FIELDS = defaultFields();

  private final Analyzer analyzer;
  private final QueryBuilder builder;

  QueryTrees(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
  }

  /** The query of a mix query; never null (an unsearchable query is an empty BooleanQuery, which matches nothing). */
  Query build(BenchQuery q) throws IOException {
    Query query;
    switch (q.kind) {
      case "Browse": query = new MatchAllDocsQuery(); break;
      case "Term":
      case "And": query = plain(q.words); break;
      case "Phrase": query = route(String.join(" ", q.words), true); break;
      case "Or": query = any(q.words); break;
      case "Prefix": query = prefix(q.words.get(0)); break;
      default: throw new IllegalArgumentException("unknown query kind " + q.kind);
    }
    return query == null ? new BooleanQuery.Builder().build() : query;
  }

  private Query plain(List<String> words) throws IOException {
    List<Query> content = new ArrayList<>();
    for (String word : words) {
      if (analyze(Schema.BODY_EXACT, word).isEmpty()) continue;
      Query q = route(word, false);
      if (q != null) content.add(q);
    }
    if (content.isEmpty()) return null;
    boolean ranked = content.size() > MAX_REQUIRED_WORDS;
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (Query q : content) all.add(q, ranked ? Occur.SHOULD : Occur.MUST);
    Query query = all.build();
    if (content.size() > 1) {
      Query proximity = proximity(String.join(" ", words), ranked);
      if (proximity != null) query = new BooleanQuery.Builder().add(query, Occur.MUST).add(proximity, Occur.SHOULD).build();
    }
    return query;
  }

  private Query any(List<String> words) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String word : words) {
      Query q = route(word, false);
      if (q != null) any.add(q, Occur.SHOULD);
    }
    return any.build();
  }

  /** A word or quoted phrase over every default field, as the portal's FieldRoutingQueryParser routes the bare field. */
  private Query route(String text, boolean quoted) {
    List<Query> disjuncts = new ArrayList<>();
    for (Map.Entry<String, Float> field : DEFAULT_FIELDS.entrySet()) {
      Query q = quoted ? builder.createPhraseQuery(field.getKey(), text, 0) : builder.createBooleanQuery(field.getKey(), text, Occur.MUST);
      if (q == null) continue;
      disjuncts.add(field.getValue() == 1f ? q : new BoostQuery(q, field.getValue()));
    }
    if (disjuncts.isEmpty()) return null;
    return disjuncts.size() == 1 ? disjuncts.get(0) : new DisjunctionMaxQuery(disjuncts, Schema.TIE_BREAKER);
  }

  private Query prefix(String word) {
    String folded = fold(word);
    List<Query> disjuncts = new ArrayList<>();
    disjuncts.add(new BoostQuery(new PrefixQuery(new Term(Schema.TITLE_EXACT, folded)), Schema.TITLE_BOOST));
    disjuncts.add(new PrefixQuery(new Term(Schema.BODY_EXACT, folded)));
    return new DisjunctionMaxQuery(disjuncts, Schema.TIE_BREAKER);
  }

  private Query proximity(String text, boolean pairs) throws IOException {
    List<Query> phrases = new ArrayList<>();
    String[] fields = {Schema.TITLE_EXACT, Schema.BODY_EXACT};
    float[] boosts = {Schema.TITLE_BOOST, 1f};
    for (int f = 0; f < fields.length; f++) {
      List<Object[]> terms = analyze(fields[f], text);
      if (terms.size() < 2) continue;
      if (!pairs) {
        phrases.add(boost(phrase(fields[f], terms), boosts[f]));
        continue;
      }
      BooleanQuery.Builder neighbours = new BooleanQuery.Builder();
      for (int i = 1; i < terms.size(); i++) neighbours.add(phrase(fields[f], terms.subList(i - 1, i + 1)), Occur.SHOULD);
      phrases.add(boost(neighbours.build(), boosts[f]));
    }
    return phrases.isEmpty() ? null : new BoostQuery(new DisjunctionMaxQuery(phrases, Schema.TIE_BREAKER), PROXIMITY_BOOST);
  }

  private static Query boost(Query q, float boost) {
    return boost == 1f ? q : new BoostQuery(q, boost);
  }

  private static PhraseQuery phrase(String field, List<Object[]> terms) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    phrase.setSlop(PROXIMITY_SLOP);
    int first = (Integer) terms.get(0)[1];
    for (Object[] term : terms) phrase.add(new Term(field, (String) term[0]), (Integer) term[1] - first);
    return phrase.build();
  }

  /** Terms and positions of a text in a field's analysis (stopwords leave gaps), like Core's AnalyzedTerms. */
  private List<Object[]> analyze(String field, String text) throws IOException {
    List<Object[]> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        terms.add(new Object[] {term.toString(), position});
      }
      stream.end();
    }
    return terms;
  }

  private static String fold(String term) {
    char[] chars = term.toLowerCase(java.util.Locale.ROOT).toCharArray();
    char[] output = new char[chars.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(chars, 0, output, 0, chars.length);
    return new String(output, 0, length);
  }

  private static Map<String, Float> defaultFields() {
    Map<String, Float> fields = new LinkedHashMap<>();
    fields.put(Schema.TITLE_EN, Schema.TITLE_BOOST);
    fields.put(Schema.TITLE_ES, Schema.TITLE_BOOST);
    fields.put(Schema.TITLE_PT, Schema.TITLE_BOOST);
    fields.put(Schema.TITLE_EXACT, Schema.TITLE_BOOST);
    fields.put(Schema.BODY_EN, 1f);
    fields.put(Schema.BODY_ES, 1f);
    fields.put(Schema.BODY_PT, 1f);
    fields.put(Schema.BODY_EXACT, 1f);
    return fields;
  }
}
