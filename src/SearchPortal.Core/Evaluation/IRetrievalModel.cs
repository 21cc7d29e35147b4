using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// A ranking under evaluation: how documents are indexed and how a topic becomes a query.
/// <see cref="EvaluationRunner"/> owns the index, the analyzer's lifetime, the docid field and the
/// ranking order, so models stay comparable; implementations are the Anserini BM25 reproduction
/// (<see cref="BagOfWordsBm25Model"/>) and the portal's own multi-field ranking. Implementations
/// must be thread-safe, and <see cref="Similarity"/> is set on both the writer and the searcher.
/// </summary>
public interface IRetrievalModel
{
    /// <summary>Short name for reports and run tags.</summary>
    string Name { get; }

    Similarity Similarity { get; }

    /// <summary>A new index-time analyzer; the runner disposes it and passes it to <see cref="CreateQuery"/>.</summary>
    Analyzer CreateAnalyzer();

    /// <summary>The indexed fields of a document; the runner adds its own docid field.</summary>
    IEnumerable<IIndexableField> CreateFields(EvalDocument document);

    Query CreateQuery(string topicText, Analyzer analyzer);
}
