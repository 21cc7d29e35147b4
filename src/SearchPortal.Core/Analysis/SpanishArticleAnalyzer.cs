using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// Spanish body analysis: standard tokenizer, a position gap between sentences, lowercase, Spanish stopwords, light
/// Spanish stemmer, accent folding; "mineria" and "minería" share a term, and so do "Nunovero" and "Nuñovero".
/// Thread-safe like every Lucene analyzer.
/// </summary>
public sealed class SpanishArticleAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        SentenceAwareComponents.Create(reader, tokens =>
        {
            TokenStream stream = new LowerCaseFilter(LuceneDefaults.Version, tokens);
            // The Spanish stop set is accented ("más", "él"), so stopwords go before folding.
            stream = new StopFilter(LuceneDefaults.Version, stream, SpanishAnalyzer.DefaultStopSet);
            stream = new SpanishLightStemFilter(stream);
            return new ASCIIFoldingFilter(stream);
        });
}
