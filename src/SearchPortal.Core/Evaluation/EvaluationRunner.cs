using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchPortal.Core.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Runs a test collection through a ranking model and scores the run with <see cref="TrecEval"/>.
/// Each call builds a fresh in-memory index (CACM: about a second), searches every topic for the
/// top <see cref="RetrievalConfig.Depth"/> documents ordered by score, then docid ascending, and
/// writes scores the way Anserini does (<see cref="AnseriniScoreTies"/>), so the run and its
/// figures are those Anserini would produce for the same ranking. Stateless; concurrent calls
/// are independent.
/// </summary>
public static class EvaluationRunner
{
    /// <summary>Field holding the collection docid; sorted on to break score ties.</summary>
    public const string DocIdField = "eval_docid";

    /// <param name="collection">Documents, topics and judgments.</param>
    /// <param name="config">The model and depth.</param>
    /// <param name="complete">Average over every judged topic, as <c>trec_eval -c</c> (see <see cref="TrecEval"/>).</param>
    public static EvaluationResult Run(EvalCollection collection, RetrievalConfig config, bool complete = false) =>
        Run(collection.Documents, collection.Topics, collection.Qrels, config, complete);

    public static EvaluationResult Run(IReadOnlyList<EvalDocument> docs, IReadOnlyList<EvalTopic> topics, Qrels qrels, RetrievalConfig config, bool complete = false) =>
        TrecEval.Evaluate(Retrieve(docs, topics, config), qrels, complete);

    /// <summary>The run for all topics, in topic order, without evaluating it.</summary>
    public static TrecRun Retrieve(IReadOnlyList<EvalDocument> docs, IReadOnlyList<EvalTopic> topics, RetrievalConfig config)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(config.Depth, 1);
        var model = config.Model;
        using var directory = new RAMDirectory();
        using var analyzer = model.CreateAnalyzer();
        Index(directory, analyzer, docs, model);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = model.Similarity };
        var run = new Dictionary<string, IReadOnlyList<ScoredDoc>>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            var ranking = Search(searcher, model.CreateQuery(topic.Text, analyzer), config.Depth);
            run[topic.Id] = AnseriniScoreTies.Adjust(ranking);
        }
        return new TrecRun(run);
    }

    private static void Index(LuceneDirectory directory, Analyzer analyzer, IReadOnlyList<EvalDocument> docs, IRetrievalModel model)
    {
        var config = new IndexWriterConfig(LuceneDefaults.Version, analyzer) { Similarity = model.Similarity };
        using var writer = new IndexWriter(directory, config);
        foreach (var doc in docs)
        {
            var document = new Document { new SortedDocValuesField(DocIdField, new BytesRef(doc.Id)) };
            foreach (var field in model.CreateFields(doc)) document.Add(field);
            writer.AddDocument(document);
        }
        writer.Commit();
    }

    /// <summary>
    /// Top hits by score, ties by docid ascending. Lucene alone breaks ties by internal doc number,
    /// so the docid is a secondary sort key: it also decides which tied documents make the cut.
    /// </summary>
    private static List<(string DocId, float Score)> Search(IndexSearcher searcher, Query query, int depth)
    {
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(DocIdField, SortFieldType.STRING));
        var hits = searcher.Search(query, null, depth, sort, doDocScores: true, doMaxScore: false);
        // With a field sort the hits are FieldDocs whose sort values are the score and the docid bytes.
        return hits.ScoreDocs
            .Cast<FieldDoc>()
            .Select(hit => (((BytesRef)hit.Fields[1]).Utf8ToString(), hit.Score))
            .ToList();
    }
}
