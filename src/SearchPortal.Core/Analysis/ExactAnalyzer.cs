using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// Unstemmed, accent-folded analysis for names and exact phrases in either language.
/// Stopwords of both languages are dropped but leave position gaps, so "trata de personas"
/// still matches as a phrase. Thread-safe like every Lucene analyzer.
/// </summary>
public sealed class ExactAnalyzer : Analyzer
{
    private static readonly CharArraySet BilingualStopwords = BuildStopwords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneDefaults.Version, reader);
        TokenStream stream = new LowerCaseFilter(LuceneDefaults.Version, source);
        stream = new StopFilter(LuceneDefaults.Version, stream, BilingualStopwords);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static CharArraySet BuildStopwords()
    {
        var set = new CharArraySet(LuceneDefaults.Version, 400, ignoreCase: true);
        set.UnionWith(EnglishAnalyzer.DefaultStopSet);
        set.UnionWith(SpanishAnalyzer.DefaultStopSet);
        return set.AsReadOnly();
    }
}
