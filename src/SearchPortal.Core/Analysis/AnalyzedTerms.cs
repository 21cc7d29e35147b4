using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchPortal.Core.Analysis;

/// <summary>
/// Runs a field's analyzer over a text and returns its terms with their positions, so code that builds
/// queries (or tests that check analysis) sees exactly what the index holds: removed stopwords leave
/// position gaps. Stateless and thread-safe as long as the analyzer is (Lucene analyzers are).
/// </summary>
public static class AnalyzedTerms
{
    public static List<(string Term, int Position)> Of(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return terms;
    }
}
