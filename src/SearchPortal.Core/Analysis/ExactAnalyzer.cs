using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Util;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// Unstemmed, accent-folded analysis for names and exact phrases in any of the analysed languages. Stopwords of
/// English, Spanish and Portuguese are dropped but leave position gaps, so "trata de personas" still matches as a
/// phrase, and sentences are kept apart by a larger gap (<see cref="SentenceGapFilter"/>). Thread-safe like every
/// Lucene analyzer.
/// </summary>
public sealed class ExactAnalyzer : Analyzer
{
    private static readonly CharArraySet Stopwords = BuildStopwords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        SentenceAwareComponents.Create(reader, tokens =>
        {
            TokenStream stream = new LowerCaseFilter(LuceneDefaults.Version, tokens);
            stream = new StopFilter(LuceneDefaults.Version, stream, Stopwords);
            return new ASCIIFoldingFilter(stream);
        });

    private static CharArraySet BuildStopwords()
    {
        var set = new CharArraySet(LuceneDefaults.Version, 600, ignoreCase: true);
        set.UnionWith(EnglishAnalyzer.DefaultStopSet);
        set.UnionWith(SpanishAnalyzer.DefaultStopSet);
        set.UnionWith(PortugueseAnalyzer.DefaultStopSet);
        return set.AsReadOnly();
    }
}
