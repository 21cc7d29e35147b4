using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// English body analysis: standard tokenizer, possessive filter, lowercase, accent folding,
/// English stopwords, Porter stemmer. Analyzers are reusable and thread-safe (Lucene keeps
/// per-thread token stream components).
/// </summary>
public sealed class EnglishArticleAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneDefaults.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(LuceneDefaults.Version, source);
        stream = new LowerCaseFilter(LuceneDefaults.Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneDefaults.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
