using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// Lowercased, accent-folded words without stopwords or stemming, for short metadata fields
/// such as author and outlet ("author:szklarz", "outlet:dialogo"). Thread-safe.
/// </summary>
public sealed class KeywordFoldingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneDefaults.Version, reader);
        TokenStream stream = new LowerCaseFilter(LuceneDefaults.Version, source);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
