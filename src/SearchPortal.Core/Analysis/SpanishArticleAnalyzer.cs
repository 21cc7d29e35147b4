using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// Spanish body analysis: standard tokenizer, lowercase, Spanish stopwords, light Spanish stemmer,
/// accent folding; "mineria" and "minería" share a term, and so do "Nunovero" and "Nuñovero".
/// Thread-safe like every Lucene analyzer.
/// </summary>
public sealed class SpanishArticleAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneDefaults.Version, reader);
        TokenStream stream = new LowerCaseFilter(LuceneDefaults.Version, source);
        // The Spanish stop set is accented ("más", "él"), so stopwords go before folding.
        stream = new StopFilter(LuceneDefaults.Version, stream, SpanishAnalyzer.DefaultStopSet);
        stream = new SpanishLightStemFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
