using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

/// <summary>Anserini's published CACM BM25 figures: MAP 0.3123, P@30 0.1942 over 52 judged topics.</summary>
public sealed class CacmReproductionTests(CacmFixture cacm) : IClassFixture<CacmFixture>
{
    private const double Tolerance = 0.005;

    [Fact]
    public void Run_AnseriniBm25_ReproducesPublishedMapAndP30()
    {
        // Arrange
        var collection = cacm.Collection;

        // Act
        var result = EvaluationRunner.Run(collection, RetrievalConfig.AnseriniBm25);

        // Assert
        Assert.Equal(52, result.Queries);
        Assert.InRange(result.Map, 0.3123 - Tolerance, 0.3123 + Tolerance);
        Assert.InRange(result.P30, 0.1942 - Tolerance, 0.1942 + Tolerance);
    }

    [Fact]
    public void Retrieve_AnseriniBm25_RanksEveryTopicLikeTheReferenceRun()
    {
        // Arrange
        var collection = cacm.Collection;

        // Act
        var run = EvaluationRunner.Retrieve(collection.Documents, collection.Topics, RetrievalConfig.AnseriniBm25);

        // Assert: same 30 documents in the same order for all 64 topics.
        Assert.Equal(64, cacm.ReferenceRun.Topics.Count);
        foreach (var (topicId, reference) in cacm.ReferenceRun.Topics)
        {
            Assert.Equal(reference.Select(d => d.DocId), run.Topics[topicId].Take(30).Select(d => d.DocId));
        }
    }

    [Fact]
    public void Run_StockLucene48Bm25_DiffersFromLucene9ButStaysNearPublished()
    {
        // Arrange
        var collection = cacm.Collection;

        // Act
        var stock = EvaluationRunner.Run(collection, RetrievalConfig.StockLucene48Bm25);
        var lucene9 = EvaluationRunner.Run(collection, RetrievalConfig.AnseriniBm25);

        // Assert
        Assert.NotEqual(lucene9.Map, stock.Map);
        Assert.InRange(stock.Map, 0.3123 - Tolerance, 0.3123 + Tolerance);
        Assert.InRange(stock.P30, 0.1942 - Tolerance, 0.1942 + Tolerance);
    }

    [Fact]
    public void Evaluate_ReferenceRun_GivesAnseriniP30()
    {
        // Arrange
        var run = cacm.ReferenceRun;

        // Act
        var result = TrecEval.Evaluate(run, cacm.Collection.Qrels);

        // Assert: Anserini's TrecEvalTest asserts P_30 = 0.1942 for this run.
        Assert.Equal(52, result.Queries);
        Assert.Equal(0.1942, result.P30, 4);
    }

    [Fact]
    public void Index_CacmWithAnseriniAnalyzer_MatchesAnseriniIndexStatistics()
    {
        // Arrange
        using var directory = new RAMDirectory();
        using var analyzer = new AnseriniEnglishAnalyzer();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneDefaults.Version, analyzer)))
        {
            foreach (var doc in cacm.Collection.Documents)
            {
                writer.AddDocument(new Document { new TextField("contents", doc.Text, Field.Store.NO) });
            }
        }

        // Act
        using var reader = DirectoryReader.Open(directory);
        var terms = MultiFields.GetTerms(reader, "contents");
        var uniqueTerms = 0;
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext()) uniqueTerms++;

        // Assert: Anserini's cacm.yaml reports 14,363 unique and 320,968 total terms.
        Assert.Equal((3204, 14363, 320968L), (reader.NumDocs, uniqueTerms, terms.SumTotalTermFreq));
    }
}
