using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Highlighting;

/// <summary>Where a prepared query's term states come from: the search's weights, the expansion, or one lookup per segment.</summary>
public sealed class HighlightTermStatesTests(HighlightTestIndex index) : IClassFixture<HighlightTestIndex>
{
    private readonly PassageHighlighter highlighter = new(SearchLimits.MaxExpandedTerms);

    [Fact]
    public void Prepare_RecordingSearcherAfterItsSearch_ReusesTheTermContextsOfTheWeights()
    {
        // Arrange
        var query = TestQueries.Parse("?\"illegal mining\" ?cocaine ?minería");
        var recording = new RecordingSearcher(index.Searcher);
        recording.Search(query, 10);

        // Act
        var prepared = highlighter.Prepare(recording, query);

        // Assert
        Assert.True(prepared.Terms.Count >= 6, $"{prepared.Terms.Count} terms");
        Assert.All(prepared.Terms, term => Assert.Same(recording.Recorded(term.Term), term.Context));
    }

    [Fact]
    public void Highlight_RecordingSearcher_SameSnippetsAsTheSharedSearcher()
    {
        // Arrange
        var query = TestQueries.Parse("?\"illegal mining\" ?\"trata de personas\" ?cocaine ?minería ?extortion");
        var recording = new RecordingSearcher(index.Searcher);
        var hits = recording.Search(query, 20).ScoreDocs;
        var fromWeights = highlighter.Prepare(recording, query);
        var looked = highlighter.Prepare(index.Searcher, query);

        // Act
        var reused = hits.Select(hit => Describe(highlighter.Highlight(fromWeights, hit.Doc, index.Searcher.Doc(hit.Doc))));
        var lookedUp = hits.Select(hit => Describe(highlighter.Highlight(looked, hit.Doc, index.Searcher.Doc(hit.Doc))));

        // Assert
        Assert.True(hits.Select(hit => ReaderUtil.SubIndex(hit.Doc, index.Searcher.IndexReader.Leaves)).Distinct().Count() > 1);
        Assert.Equal(lookedUp, reused);
        Assert.Contains(reused, text => text.Contains("<mark>"));
    }

    [Fact]
    public void Expand_Prefix_RegistersEachTermInEverySegmentThatHasIt()
    {
        // Arrange
        var top = index.Searcher.TopReaderContext;
        var query = new PrefixQuery(new Term(ArticleSchema.BodyExact, "mi"));

        // Act
        var expanded = new MultiTermExpansion(SearchLimits.MaxExpandedTerms).Expand(top, query);

        // Assert
        Assert.True(expanded.Count >= 3, $"{expanded.Count} terms");
        Assert.Contains(expanded, pair => Enumerable.Range(0, top.Leaves.Count).Count(ord => pair.Context.Get(ord) is not null) > 1);
        Assert.All(expanded, pair => AssertSameContext(TermContext.Build(top, pair.Term), pair.Context, top));
    }

    [Fact]
    public void Prepare_PrefixForHitsOfOneSegment_ExpandsInThatSegmentOnly()
    {
        // Arrange
        var leaves = index.Searcher.TopReaderContext.Leaves;
        var query = TestQueries.Parse("mini*");
        var hits = index.Searcher.Search(query, index.Searcher.IndexReader.MaxDoc).ScoreDocs.Select(d => d.Doc).ToArray();
        var segment = hits.GroupBy(doc => ReaderUtil.SubIndex(doc, leaves)).First();

        // Act
        var prepared = highlighter.Prepare(index.Searcher, query, segment);

        // Assert
        Assert.True(leaves.Count > 1 && hits.Select(doc => ReaderUtil.SubIndex(doc, leaves)).Distinct().Count() > 1);
        Assert.NotEmpty(prepared.Terms);
        Assert.All(prepared.Terms, term => Assert.All(
            Enumerable.Range(0, leaves.Count).Where(ord => ord != segment.Key),
            ord => Assert.Null(term.Context.Get(ord))));
    }

    [Fact]
    public void HighlightFullText_PreparedForTheHits_MarksTheSameWordsAsPreparedForAll()
    {
        // Arrange
        var query = TestQueries.Parse("?mini* ?traf* ?\"illegal mining\"");
        var hits = index.Searcher.Search(query, 10).ScoreDocs.Select(d => d.Doc).ToArray();
        var all = highlighter.Prepare(index.Searcher, query);

        // Act
        var scoped = highlighter.Prepare(index.Searcher, query, hits);

        // Assert
        Assert.All(hits, doc => Assert.Equal(FullText(all, doc), FullText(scoped, doc)));
        Assert.Contains(hits, doc => FullText(scoped, doc).Contains("<mark>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ArticleSchema.BodyExact, "mining")]
    [InlineData(ArticleSchema.BodyExact, "cocaine")]
    [InlineData(ArticleSchema.TitleExact, "mining")]
    [InlineData(ArticleSchema.BodyExact, "absentword")]
    [InlineData("nofield", "mining")]
    public void Build_Term_SameContextAsTermContextBuild(string field, string text)
    {
        // Arrange
        var top = index.Searcher.TopReaderContext;
        var lookup = new TermLookup(top);
        lookup.Build(new Term(ArticleSchema.BodyExact, "illegal"));
        var term = new Term(field, text);

        // Act
        var context = lookup.Build(term);

        // Assert
        AssertSameContext(TermContext.Build(top, term), context, top);
    }

    private static void AssertSameContext(TermContext expected, TermContext actual, IndexReaderContext top)
    {
        Assert.Equal(expected.DocFreq, actual.DocFreq);
        Assert.Equal(expected.TotalTermFreq, actual.TotalTermFreq);
        Assert.Equal(
            Enumerable.Range(0, top.Leaves.Count).Select(ord => expected.Get(ord) is null),
            Enumerable.Range(0, top.Leaves.Count).Select(ord => actual.Get(ord) is null));
    }

    private string FullText(PreparedHighlightQuery prepared, int doc) =>
        highlighter.HighlightFullText(prepared, doc, index.Searcher.Doc(doc).Get(ArticleSchema.Text) ?? "").Paragraphs();

    private static string Describe(HighlightResult result) => result.Title.Html() + "\n" + string.Join("\n", result.Snippets.Html());
}
