package bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The portal's ExactAnalyzer: unstemmed, folded, English and Spanish stopwords removed leaving position gaps. */
final class ExactAnalyzer extends Analyzer {
  private static final CharArraySet BILINGUAL_STOPWORDS = stopwords();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new StopFilter(stream, BILINGUAL_STOPWORDS);
    stream = new ASCIIFoldingFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  private static CharArraySet stopwords() {
    CharArraySet set = new CharArraySet(400, true);
    set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    set.addAll(SpanishAnalyzer.getDefaultStopSet());
    return CharArraySet.unmodifiableSet(set);
  }
}
