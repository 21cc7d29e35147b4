using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using SearchPortal.Core.Highlighting;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Search;

/// <summary>Issue 13, finding 1: every prefix, wildcard and fuzzy word is bounded by something countable before it runs.</summary>
public sealed class QueryBoundsTests : IDisposable
{
    // More distinct "zq…" terms than the expansion bound, in one article's body.
    private const int ManyTerms = SearchLimits.MaxExpandedTerms + 2_000;

    private readonly ArticleIndex _index = new(
        ArticleIndex.Article("many", string.Join(' ', Enumerable.Range(0, ManyTerms).Select(i => $"zq{i:D5}"))),
        ArticleIndex.Article("xiamen", "Exchange services started in Xiamen and in Shenzhen."));

    private IndexReader Reader => _index.Searcher.IndexReader;

    [Fact]
    public void Parse_EightPatterns_Accepted()
    {
        // Act
        var parsed = new UserQueryParser().Parse("ab* ac* ad* ae* af* ag* ah* ai*", reader: Reader);

        // Assert
        Assert.Null(parsed.Problem);
        Assert.Equal(16, TermExpansion.MultiTermQueries(parsed.Query).Count());
    }

    [Fact]
    public void Parse_StarThenTwelveQuestionMarks_RefusedBeforeLuceneBuildsTheAutomaton()
    {
        // Act
        var parsed = new UserQueryParser().Parse("x*a????????????", reader: Reader);

        // Assert
        var problem = Assert.IsType<LimitProblem>(parsed.Problem);
        Assert.Equal("q", problem.Parameter);
        Assert.Contains("13 wildcards", problem.Message);
        Assert.Empty(TermExpansion.MultiTermQueries(parsed.Query));
        Assert.Contains(parsed.Notices, n => n.Text.EndsWith("Searched for the words instead: x a"));
    }

    [Theory]
    [InlineData("abcdefghijklmnopqrstuvwxy*")]
    [InlineData("title:abcdefghijklmnopqrstuvwx~")]
    [InlineData("ab*c?d?e?f?")]
    [InlineData("ab* ac* ad* ae* af* ag* ah* ai* aj*")]
    public void Parse_PatternOutsideTheShapeBounds_ReportsTheBound(string text)
    {
        // Act
        var parsed = new UserQueryParser().Parse(text);

        // Assert
        Assert.NotNull(parsed.Problem);
        Assert.Empty(TermExpansion.MultiTermQueries(parsed.Query));
    }

    [Fact]
    public void WildcardAutomaton_EveryPatternWithinTheShapeBounds_HasFewStates()
    {
        // Arrange: the worst family (one * then ? signs, literals around them) and random patterns at the bounds.
        var random = new Random(13);
        var patterns = new List<string>();
        for (var marks = 0; marks < SearchLimits.MaxPatternWildcards; marks++)
        {
            for (var before = 1; before + marks + 2 <= SearchLimits.MaxPatternLength; before += 3)
            {
                patterns.Add("a*" + new string('a', before) + new string('?', marks) + new string('a', SearchLimits.MaxPatternLength - 2 - before - marks));
            }
        }
        for (var i = 0; i < 400; i++)
        {
            var chars = Enumerable.Range(0, random.Next(2, SearchLimits.MaxPatternLength + 1)).Select(_ => "abñ"[random.Next(3)]).ToArray();
            for (var w = random.Next(1, SearchLimits.MaxPatternWildcards + 1); w > 0; w--) chars[random.Next(1, chars.Length)] = "*??"[random.Next(3)];
            patterns.Add(new string(chars));
        }

        // Act
        var worst = patterns.Select(p => (Pattern: p, States: States(p))).MaxBy(p => p.States);

        // Assert: x*a and eight ? compile to 6,670 states (each more ? doubles them); within the bounds none reaches 2,500.
        Assert.True(worst.States < 2_500, $"{worst.Pattern} compiles to {worst.States} states");
        Assert.True(Compiled("x*a????????") > worst.States, "the bound refuses patterns of more states than it allows");
    }

    [Fact]
    public void Parse_PrefixExpandingToMoreTermsThanTheBound_FallsBackWithProblem()
    {
        // Act
        var over = new UserQueryParser().Parse("zq*", reader: Reader);
        var under = new UserQueryParser().Parse("zq0001*", reader: Reader);

        // Assert
        Assert.Contains($"more than {SearchLimits.MaxExpandedTerms:N0} index terms", over.Problem?.Message);
        Assert.Empty(TermExpansion.MultiTermQueries(over.Query));
        Assert.Null(under.Problem);
        Assert.NotEmpty(TermExpansion.MultiTermQueries(under.Query));
    }

    [Fact]
    public void Count_PrefixOverTheLimit_StopsOneTermPastIt()
    {
        // Arrange
        var query = new CountingPrefixQuery(new Term(ArticleSchema.BodyExact, "zq"));

        // Act
        var counted = TermExpansion.Count(Reader, query, limit: 100);

        // Assert
        Assert.Equal(101, counted);
        Assert.Equal(101, query.Visited);
    }

    [Fact]
    public void HighlightExpansion_PrefixOfManyTerms_VisitsAtMostTheBound()
    {
        // Arrange: a query the parser would refuse, given to the highlighter directly.
        var query = new CountingPrefixQuery(new Term(ArticleSchema.BodyExact, "zq"));

        // Act
        var expanded = (BooleanQuery)new MultiTermExpansion(SearchLimits.MaxExpandedTerms).Rewrite(Reader, query);

        // Assert
        Assert.InRange(query.Visited, 1, SearchLimits.MaxExpandedTerms);
        Assert.Equal(MultiTermExpansion.MaxTerms, expanded.Clauses.Count);
    }

    [Fact]
    public void Search_OverBoundQuery_SearchesThePlainWordsAndReportsTheProblem()
    {
        // Arrange
        using var seeds = new SeedIndexFixture();

        // Act
        var response = seeds.Search("mining*a????????????");
        using var snapshot = seeds.Snapshots.Current();
        var article = seeds.Searcher.Find(snapshot, response.Hits[0].Key, "mining*a????????????");
        var values = seeds.Searcher.SearchFacetValues(snapshot, new SearchRequest { Query = "mining*a????????????" },
            SearchPortal.Core.Facets.FacetSchema.All[0], "", 10, out _, out var facetProblem);

        // Assert
        Assert.NotNull(response.QueryProblem);
        Assert.Equal(seeds.Search("mining a").Total, response.Total);
        Assert.Contains(response.Notices, n => n.Text.Contains("wildcards"));
        Assert.NotNull(article?.QueryProblem);
        Assert.Contains(article!.Paragraphs, p => p.Marks.Count > 0);
        Assert.NotNull(facetProblem);
        Assert.Empty(values);
    }

    private static int States(string pattern)
    {
        PatternLimits.CheckWildcard(pattern);
        return Compiled(pattern);
    }

    private static int Compiled(string pattern) =>
        new CompiledAutomaton(WildcardQuery.ToAutomaton(new Term("f", pattern))).RunAutomaton?.Count ?? 0;

    public void Dispose() => _index.Dispose();
}
