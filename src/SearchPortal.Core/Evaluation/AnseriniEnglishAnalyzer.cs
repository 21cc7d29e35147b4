using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using SearchPortal.Core.Analysis;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Anserini's default English analysis (DefaultEnglishAnalyzer with the Porter stemmer):
/// standard tokenizer, possessive filter, lowercase, Lucene's English stop set, Porter stemmer.
/// Unlike the portal's <see cref="EnglishArticleAnalyzer"/> it does not fold accents, so index
/// statistics match Anserini's. Reusable and thread-safe like every Lucene analyzer.
/// </summary>
public sealed class AnseriniEnglishAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneDefaults.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(LuceneDefaults.Version, source);
        stream = new LowerCaseFilter(LuceneDefaults.Version, stream);
        stream = new StopFilter(LuceneDefaults.Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
