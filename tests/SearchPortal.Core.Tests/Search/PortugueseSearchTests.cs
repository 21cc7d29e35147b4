using Lucene.Net.Store;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Search;

/// <summary>
/// Portuguese as a third analysed language (issue 16): the hand-written Brazilian articles of
/// TestData/pt-articles.jsonl (no declared language) beside the English seeds.
/// </summary>
public sealed class PortugueseSearchTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly IndexSnapshots _snapshots;
    private readonly ArticleSearcher _searcher = new();

    public PortugueseSearchTests()
    {
        var builder = TestIndexes.Builder();
        foreach (var input in new[] { TestPaths.Seeds, TestPaths.TestData("pt-articles.jsonl") }) builder.Build(input, _directory, new BuildOptions());
        _snapshots = new IndexSnapshots(_directory);
    }

    [Fact]
    public void Search_Everything_DetectsEveryPortugueseArticleAsPtAndCountsThemInTheLanguageFacet()
    {
        // Act
        var response = Search("", size: SearchLimits.MaxPageSize);

        // Assert
        var portuguese = response.Hits.Where(h => h.Source.StartsWith("pt-", StringComparison.Ordinal)).ToList();
        Assert.Equal(14, portuguese.Count);
        Assert.All(portuguese, h => Assert.Equal("pt", h.Language));
        Assert.Contains(response.Facets["language"], v => v.Value == "pt" && v.Count == 14);
    }

    [Theory]
    [InlineData("illegal mining", new[] { "pt-cv-amazonia", "pt-garimpo-tapajos", "pt-garimpo-yanomami" })]
    [InlineData("human trafficking", new[] { "pt-trafico-mulheres", "pt-trafico-pessoas-resgate" })]
    [InlineData("money laundering", new[] { "pt-lavagem-ouro", "pt-pcc-fronteira", "pt-pcc-lavagem" })]
    public void Search_EnglishConceptQuery_FindsThePortugueseArticlesOnIt(string query, string[] expected)
    {
        // Act
        var response = Search(query);

        // Assert: each named in one sentence ("o tráfico de drogas também financia o garimpo ilegal").
        var portuguese = response.Hits.Where(h => h.Language == "pt").Select(h => h.Source).Order().ToList();
        Assert.Equal(expected, portuguese);
        Assert.Contains(response.AddedTerms, t => t.Language == "pt");
    }

    [Fact]
    public void Search_PortugueseWords_AreStemmedAndHighlighted()
    {
        // Act: "garimpeiro" finds "garimpeiros", accents or not.
        var response = Search("garimpeiro mineracao");

        // Assert
        var hit = Assert.Single(response.Hits);
        Assert.Equal("pt", hit.Language);
        Assert.NotEmpty(hit.Snippets);
    }

    private SearchResponse Search(string query, int size = 20) =>
        _searcher.Search(_snapshots, new SearchRequest { Query = query, Size = size });

    public void Dispose()
    {
        _snapshots.Dispose();
        _directory.Dispose();
    }
}
