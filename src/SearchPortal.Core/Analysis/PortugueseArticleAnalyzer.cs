using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// Portuguese body analysis, built like the Spanish one: standard tokenizer, a position gap between sentences,
/// lowercase, Portuguese stopwords, Lucene's light Portuguese stemmer, accent folding; "mineração" and "mineracao",
/// "garimpeiros" and "garimpeiro" share a term. Thread-safe like every Lucene analyzer.
/// </summary>
public sealed class PortugueseArticleAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        SentenceAwareComponents.Create(reader, tokens =>
        {
            TokenStream stream = new LowerCaseFilter(LuceneDefaults.Version, tokens);
            // The Portuguese stop set is accented ("não", "também"), so stopwords go before folding.
            stream = new StopFilter(LuceneDefaults.Version, stream, PortugueseAnalyzer.DefaultStopSet);
            stream = new PortugueseLightStemFilter(stream);
            return new ASCIIFoldingFilter(stream);
        });
}
