using SearchPortal.Core.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Anserini's BM25 baseline: the whole document text in one field analysed by
/// <see cref="AnseriniEnglishAnalyzer"/>, and the topic as a bag of words (one SHOULD term query
/// per distinct analysed term, boosted by how often it occurs). The similarity is either
/// <see cref="Lucene9Bm25Similarity"/> (what Anserini runs) or Lucene 4.8's stock
/// <see cref="BM25Similarity"/>, to measure what the length encoding costs. Immutable and thread-safe.
/// </summary>
public sealed class BagOfWordsBm25Model : IRetrievalModel
{
    public const string ContentsField = "contents";

    private BagOfWordsBm25Model(string name, Similarity similarity)
    {
        Name = name;
        Similarity = similarity;
    }

    public string Name { get; }

    public Similarity Similarity { get; }

    /// <summary>BM25 with Lucene 9's length encoding and formula, as Anserini runs it.</summary>
    public static BagOfWordsBm25Model Lucene9(float k1 = 0.9f, float b = 0.4f) =>
        new($"bm25-lucene9(k1={k1},b={b})", new Lucene9Bm25Similarity(k1, b));

    /// <summary>Lucene.Net 4.8's stock BM25, with its lossy 1/sqrt(length) norm byte.</summary>
    public static BagOfWordsBm25Model StockLucene48(float k1 = 0.9f, float b = 0.4f) =>
        new($"bm25-lucene48(k1={k1},b={b})", new BM25Similarity(k1, b));

    public Analyzer CreateAnalyzer() => new AnseriniEnglishAnalyzer();

    public IEnumerable<IIndexableField> CreateFields(EvalDocument document) =>
        [new TextField(ContentsField, document.Text, Field.Store.NO)];

    public Query CreateQuery(string topicText, Analyzer analyzer)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, _) in AnalyzedTerms.Of(analyzer, ContentsField, topicText))
        {
            counts[text] = counts.GetValueOrDefault(text) + 1;
        }
        // MaxClauseCount is a process-wide static (1024 by default); long topics must not fail.
        if (counts.Count > BooleanQuery.MaxClauseCount) BooleanQuery.MaxClauseCount = counts.Count;
        var query = new BooleanQuery();
        foreach (var (text, count) in counts)
        {
            query.Add(new TermQuery(new Term(ContentsField, text)) { Boost = count }, Occur.SHOULD);
        }
        return query;
    }
}
