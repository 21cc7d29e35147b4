using System.Text.RegularExpressions;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Analysis;

/// <summary>Accentless queries over real Spanish news (see <see cref="SpanishCorpusFixture"/>).</summary>
public sealed class SpanishCorpusTests(SpanishCorpusFixture corpus) : IClassFixture<SpanishCorpusFixture>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(TestPaths.TestData("spanish-real-queries.tsv")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var parts = line.Split('\t');
            data.Add(parts[0], parts[1], parts[2]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Search_AccentlessQuery_FindsEveryAccentedArticleAndOnlyRelatedForms(string query, string mustFind, string everyHit)
    {
        // Arrange
        var expected = corpus.Articles.Where(a => Regex.IsMatch(a.Value, mustFind)).Select(a => a.Key).ToHashSet();

        // Act
        var found = AllHits(query);

        // Assert
        Assert.NotEmpty(expected);
        Assert.Empty(expected.Except(found));
        Assert.All(found, id => Assert.Matches(everyHit, corpus.Articles[id]));
    }

    private HashSet<string> AllHits(string query)
    {
        var ids = new HashSet<string>();
        for (var page = 1; ; page++)
        {
            var response = corpus.Searcher.Search(corpus.Snapshots, new SearchRequest { Query = query, Size = 100, Page = page });
            foreach (var hit in response.Hits) ids.Add(hit.Id);
            if (page * 100 >= response.Total) return ids;
        }
    }
}
