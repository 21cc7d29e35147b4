using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class Lucene9Bm25SimilarityTests
{
    [Fact]
    public void Score_TermQuery_IsIdfTimesSaturatedTfWithoutK1PlusOne()
    {
        // Arrange: N = 3, df = 2, avgdl = 11 / 3, k1 = 0.9, b = 0.4.
        using var directory = BuildIndex(new Lucene9Bm25Similarity(), "a b c", "a a b c d e", "x y");
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new Lucene9Bm25Similarity() };

        // Act
        var scores = Scores(searcher, new TermQuery(new Term("f", "a")));

        // Assert: ln(1.6) · tf / (tf + 0.9 · (0.6 + 0.4 · dl / avgdl)).
        Assert.Equal(0.256196230015019, scores[0], 5);
        Assert.Equal(0.300409059947885, scores[1], 5);
        Assert.False(scores.ContainsKey(2));
    }

    [Fact]
    public void Score_BoostedTerm_ScalesLinearly()
    {
        // Arrange
        using var directory = BuildIndex(new Lucene9Bm25Similarity(), "a b c", "a a b c d e", "x y");
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new Lucene9Bm25Similarity() };

        // Act
        var plain = Scores(searcher, new TermQuery(new Term("f", "a")));
        var boosted = Scores(searcher, new TermQuery(new Term("f", "a")) { Boost = 3 });

        // Assert
        Assert.Equal(3 * plain[1], boosted[1], 5);
    }

    [Fact]
    public void Score_LengthsFortyOneAndSixtyFour_DistinguishedUnlikeStockLucene48()
    {
        // Arrange: Lucene 4.8's norm byte decodes every length from 41 to 64 as 64.
        var shorter = "t " + string.Join(' ', Enumerable.Repeat("filler", 40));
        var longer = "t " + string.Join(' ', Enumerable.Repeat("filler", 63));
        var query = new TermQuery(new Term("f", "t"));

        // Act
        var lucene9 = ScoresWith(new Lucene9Bm25Similarity(), query, shorter, longer);
        var stock = ScoresWith(new BM25Similarity(0.9f, 0.4f), query, shorter, longer);

        // Assert
        Assert.True(lucene9[0] > lucene9[1]);
        Assert.Equal(stock[0], stock[1]);
    }

    private static Dictionary<int, float> ScoresWith(Similarity similarity, Query query, params string[] texts)
    {
        using var directory = BuildIndex(similarity, texts);
        using var reader = DirectoryReader.Open(directory);
        return Scores(new IndexSearcher(reader) { Similarity = similarity }, query);
    }

    private static Dictionary<int, float> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 10).ScoreDocs.ToDictionary(hit => hit.Doc, hit => hit.Score);

    private static RAMDirectory BuildIndex(Similarity similarity, params string[] texts)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneDefaults.Version, new WhitespaceAnalyzer(LuceneDefaults.Version)) { Similarity = similarity };
        using var writer = new IndexWriter(directory, config);
        foreach (var text in texts) writer.AddDocument(new Document { new TextField("f", text, Field.Store.NO) });
        writer.Commit();
        return directory;
    }
}
