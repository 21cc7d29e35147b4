using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// English body analysis: standard tokenizer, a position gap between sentences, possessive filter, lowercase, accent
/// folding, English stopwords, Porter stemmer. Analyzers are reusable and thread-safe (Lucene keeps per-thread token
/// stream components).
/// </summary>
public sealed class EnglishArticleAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        SentenceAwareComponents.Create(reader, tokens =>
        {
            TokenStream stream = new EnglishPossessiveFilter(LuceneDefaults.Version, tokens);
            stream = new LowerCaseFilter(LuceneDefaults.Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(LuceneDefaults.Version, stream, EnglishAnalyzer.DefaultStopSet);
            return new PorterStemFilter(stream);
        });
}
