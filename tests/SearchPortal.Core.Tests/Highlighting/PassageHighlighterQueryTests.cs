using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Highlighting;

/// <summary>Query shapes the test syntax does not produce, prepared-query reuse and output invariants.</summary>
public sealed class PassageHighlighterQueryTests(HighlightTestIndex index) : IClassFixture<HighlightTestIndex>
{
    private const string IllegalMiningParagraph =
        "<p>Officials described the trade as illegal, but the mining continued for years.";

    private readonly PassageHighlighter highlighter = new(SearchLimits.MaxExpandedTerms);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Prepare_Term_WeighsItByTheIdfOfTheSearchersSimilarity(bool bm25)
    {
        // Arrange
        var searcher = new IndexSearcher(index.Searcher.IndexReader) { Similarity = bm25 ? ArticleSchema.Similarity : new DefaultSimilarity() };
        var term = new Term(ArticleSchema.BodyExact, "mining");
        // BM25 counts the documents that have the field (FieldBm25Similarity), the classic similarity every document.
        double docs = bm25 ? searcher.IndexReader.GetDocCount(term.Field) : searcher.IndexReader.MaxDoc, df = searcher.IndexReader.DocFreq(term);
        var expected = bm25 ? Math.Log(1 + (docs - df + 0.5) / (df + 0.5)) : 1 + Math.Log(docs / (df + 1));

        // Act
        var prepared = highlighter.Prepare(searcher, new TermQuery(term));

        // Assert
        Assert.Equal(expected, Assert.Single(prepared.Terms).Idf, 5);
    }

    [Fact]
    public void HighlightFullText_MultiPhraseQuery_MarksOnlyPhraseOccurrences()
    {
        // Arrange
        var query = new MultiPhraseQuery();
        query.Add(new Term(ArticleSchema.BodyExact, "illegal"));
        query.Add([new Term(ArticleSchema.BodyExact, "mining"), new Term(ArticleSchema.BodyExact, "miners")]);

        // Act
        var html = highlighter.HighlightFullText(index.Searcher, query, index.DocId("mining-en")).Paragraphs();

        // Assert
        Assert.StartsWith("<p><mark>Illegal mining</mark> has spread", html);
        Assert.Contains(IllegalMiningParagraph, html);
        Assert.Equal(2, Count(html, "<mark>"));
    }

    [Fact]
    public void HighlightFullText_SloppyPhrase_MarksWordsWithinSlop()
    {
        // Arrange
        var query = new PhraseQuery { Slop = 3 };
        query.Add(new Term(ArticleSchema.BodyExact, "illegal"));
        query.Add(new Term(ArticleSchema.BodyExact, "mining"));

        // Act
        var html = highlighter.HighlightFullText(index.Searcher, query, index.DocId("mining-en")).Paragraphs();

        // Assert
        Assert.Contains("the trade as <mark>illegal</mark>, but the <mark>mining</mark> continued", html);
        Assert.Contains("<mark>Illegal</mark> <mark>mining</mark> has spread", html);
        Assert.Equal(6, Count(html, "<mark>"));
    }

    [Theory]
    [InlineData("wildcard")]
    [InlineData("fuzzy")]
    [InlineData("constant-score")]
    public void Highlight_OtherQueryTypes_MarkTheirTerms(string kind)
    {
        // Arrange
        var term = new Term(ArticleSchema.BodyExact, kind switch { "wildcard" => "c?cain*", "fuzzy" => "cocaien", _ => "cocaine" });
        Query query = kind switch
        {
            "wildcard" => new WildcardQuery(term),
            "fuzzy" => new FuzzyQuery(term),
            _ => new ConstantScoreQuery(new TermQuery(term)),
        };

        // Act
        var result = highlighter.Highlight(index.Searcher, query, index.DocId("edges"));

        // Assert
        Assert.Equal(2, result.Snippets.Count);
        Assert.StartsWith("<mark>Cocaine</mark> seizures", result.Snippets[0].Html());
        Assert.EndsWith("3 tons of <mark>cocaine</mark>", result.Snippets[1].Html());
    }

    [Fact]
    public void Highlight_PreparedQueryReusedAcrossHits_MatchesPerHitPreparation()
    {
        // Arrange
        var query = TestQueries.Parse("?\"illegal mining\" ?trata ?cocaine ?mineria");
        var hits = index.Searcher.Search(query, 10).ScoreDocs;
        var prepared = highlighter.Prepare(index.Searcher, query);

        // Act
        var reused = hits.Select(hit => highlighter.Highlight(prepared, hit.Doc, index.Searcher.Doc(hit.Doc))).ToList();

        // Assert
        Assert.True(index.Searcher.IndexReader.Leaves.Count > 1, "hits should come from several segments");
        Assert.True(hits.Length >= 3, $"{hits.Length} hits");
        Assert.Equal(
            hits.Select(hit => Describe(highlighter.Highlight(index.Searcher, query, hit.Doc))),
            reused.Select(Describe));
        Assert.All(reused, result => Assert.NotEmpty(result.Snippets.Append(result.Title).SelectMany(t => t.Marks)));
    }

    [Fact]
    public void Highlight_PreparedQuerySharedAcrossThreads_SameResultsAsSequential()
    {
        // Arrange
        var query = TestQueries.Parse("?\"illegal mining\" ?\"trata de personas\" ?cocaine ?minería ?extortion");
        var prepared = highlighter.Prepare(index.Searcher, query);
        var documents = Enumerable.Range(0, index.Searcher.IndexReader.MaxDoc).ToArray();
        var texts = documents.Select(doc => index.Searcher.Doc(doc)).ToArray();
        var sequential = documents.Select(doc => Describe(highlighter.Highlight(prepared, doc, texts[doc]))).ToArray();
        var parallel = new string[documents.Length * 20];

        // Act
        Parallel.For(0, parallel.Length, i =>
            parallel[i] = Describe(highlighter.Highlight(prepared, i % documents.Length, texts[i % documents.Length])));

        // Assert
        Assert.Equal(Enumerable.Range(0, parallel.Length).Select(i => sequential[i % documents.Length]), parallel);
        Assert.True(sequential.Count(result => result.Contains("<mark>")) >= 4);
    }

    [Fact]
    public void Highlight_PhrasesWithoutTerms_AreIgnored()
    {
        // Arrange
        var query = new BooleanQuery
        {
            { new MultiPhraseQuery(), Occur.SHOULD },
            { new PhraseQuery(), Occur.SHOULD },
            { new TermQuery(new Term(ArticleSchema.BodyExact, "cocaine")), Occur.SHOULD },
        };

        // Act
        var result = highlighter.Highlight(index.Searcher, query, index.DocId("edges"));

        // Assert
        Assert.StartsWith("<mark>Cocaine</mark> seizures", result.Snippets[0].Html());
    }

    [Theory]
    [InlineData("author:szklarz")]
    [InlineData("*:*")]
    [InlineData("lang:es")]
    [InlineData("-cocaine")]
    public void Prepare_NothingToMarkInTitleOrBody_IsEmpty(string text)
    {
        // Arrange
        var query = TestQueries.Parse(text);

        // Act
        var prepared = highlighter.Prepare(index.Searcher, query);

        // Assert
        Assert.True(prepared.IsEmpty);
    }

    [Fact]
    public void Highlight_AnyCaseAndDocument_GivesWellFormedMarksThatRenderAsTextAndMarkOnly()
    {
        // Arrange
        var queries = File.ReadAllLines(TestPaths.TestData("highlight-cases.json"))
            .Where(line => line.Contains("\"query\""))
            .Select(line => JsonDocument.Parse("{" + line.Trim().TrimEnd(',') + "}").RootElement.GetProperty("query").GetString()!)
            .Append("script alert").Append("\"script alert\"");
        var documents = Enumerable.Range(0, index.Searcher.IndexReader.MaxDoc);

        // Act
        var outputs = queries.SelectMany(q => documents.SelectMany(doc =>
        {
            var query = TestQueries.Parse(q);
            var result = highlighter.Highlight(index.Searcher, query, doc);
            return result.Snippets.Append(result.Title).Concat(highlighter.HighlightFullText(index.Searcher, query, doc));
        })).ToList();
        var html = outputs.Select(text => text.Html()).ToList();

        // Assert
        Assert.All(outputs, text => Assert.True(text.Marks.Zip(text.Marks.Skip(1)).All(p => p.First.End < p.Second.Start)
            && text.Marks.All(m => 0 <= m.Start && m.Start < m.End && m.End <= text.Text.Length), text.Text));
        Assert.Contains(outputs, text => text.Text.Contains("<script>"));
        Assert.Contains(html, html => html.Contains("&lt;script&gt;"));
        Assert.Contains(html, html => html.Contains("<mark>"));
        Assert.All(html, html => Assert.DoesNotMatch("[<>]", Strip(html)));
    }

    [Fact]
    public void Highlight_ZeroPassages_Throws()
    {
        // Arrange
        var query = TestQueries.Parse("cocaine");

        // Act
        var act = () => highlighter.Highlight(index.Searcher, query, index.DocId("edges"), maxPassages: 0);

        // Assert
        Assert.Throws<ArgumentOutOfRangeException>(act);
    }

    private static string Strip(string html) =>
        html.Replace("<mark>", "").Replace("</mark>", "").Replace("<p>", "").Replace("</p>", "");

    private static string Describe(HighlightResult result) => result.Title.Html() + "\n" + string.Join("\n", result.Snippets.Html());

    private static int Count(string text, string value) => (text.Length - text.Replace(value, "").Length) / value.Length;
}
