using System.Text.RegularExpressions;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Enrichment;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Search;

/// <summary>Bilingual concept retrieval on real English and Spanish articles (see <see cref="MixedIndexFixture"/>).</summary>
public sealed class ConceptExpansionTests(MixedIndexFixture index) : IClassFixture<MixedIndexFixture>
{
    public static TheoryData<string, string> EnglishConceptQueries() => new()
    {
        { "drug trafficking", "drug-trafficking" },
        { "kidnapping", "kidnapping" },
        { "money laundering", "money-laundering" },
        { "human trafficking", "human-trafficking" },
        { "sexual exploitation", "sexual-exploitation" },
        { "illegal mining", "illegal-mining" },
    };

    /// <summary>The concepts the English seed pages name (none of them mentions kidnapping or money laundering).</summary>
    public static TheoryData<string> EnglishConceptQueriesTheSeedsContain() =>
        ["drug trafficking", "human trafficking", "sexual exploitation", "illegal mining"];

    [Theory]
    [MemberData(nameof(EnglishConceptQueries))]
    public void Search_EnglishConceptQuery_FindsEverySpanishArticleThatNamesTheConcept(string query, string conceptId)
    {
        // Arrange
        var expected = SpanishArticlesNaming(conceptId);

        // Act
        var response = index.Search(query);

        // Assert
        Assert.NotEmpty(expected);
        Assert.True(response.Total <= response.Size, "all hits fit on one page");
        Assert.Empty(expected.Except(response.Hits.Select(h => h.Id)));
        Assert.Contains(response.Notices, n => n.Text.StartsWith("Also searched: «", StringComparison.Ordinal) && n.Text.EndsWith($"({query})", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EnglishConceptQueriesTheSeedsContain))]
    public void Search_EnglishConceptQuery_FindsTheSameEnglishArticlesWithAndWithoutExpansion(string query)
    {
        // Act
        var expanded = index.Search(query);
        var plain = index.Search(query, expand: false);

        // Assert
        Assert.NotEmpty(EnglishIds(plain));
        Assert.Equal(EnglishIds(plain), EnglishIds(expanded));
    }

    [Theory]
    [InlineData("drug trafficking")]
    [InlineData("illegal mining")]
    public void Search_ExpandFalse_FindsNoSpanishArticle(string query)
    {
        // Act
        var response = index.Search(query, expand: false);

        // Assert
        Assert.DoesNotContain(response.Hits, h => h.Language == "es");
        Assert.DoesNotContain(response.Notices, n => n.Text.StartsWith("Also searched", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_DrugTrafficking_FindsTheSpanishNarcotraficoArticlesWithNotice()
    {
        // Arrange
        var narcotrafico = index.SpanishArticles.Where(a => Names(a, "narcotráfico")).Select(a => a.Id).ToList();

        // Act
        var response = index.Search("drug trafficking");

        // Assert
        Assert.True(narcotrafico.Count >= 10, $"the corpus has {narcotrafico.Count} articles on narcotráfico");
        Assert.Empty(narcotrafico.Except(response.Hits.Select(h => h.Id)));
        Assert.Contains(response.Notices, n => n.Text.StartsWith("Also searched: «narcotráfico», «narcotraficantes»", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_IllegalMining_FindsSpanishMineriaIlegalButNotSeparateWords()
    {
        // Act
        var response = index.Search("illegal mining");

        // Assert
        var spanish = response.Hits.Where(h => h.Language == "es").Select(h => h.Source).Order().ToList();
        Assert.Equal(["fixture-es-mineria-1", "fixture-es-mineria-2", "fixture-es-mineria-3"], spanish);
        Assert.Equal(4, response.Hits.Count(h => h.Language == "en"));
        Assert.Contains("Also searched: «minería ilegal», «minería informal», «minería aurífera ilegal», «mineros ilegales», «mineros informales», «oro ilegal», «minería ilícita», «minas ilegales», «dragas ilegales», «garimpo ilegal», «mineração ilegal», «garimpeiros ilegais», «extração ilegal de ouro» (illegal mining)", response.Notices.Select(n => n.Text));
    }

    [Fact]
    public void Search_IllegalMiningQuoted_ExpandsThePhraseAndKeepsTheFourEnglishSeeds()
    {
        // Act
        var response = index.Search("\"illegal mining\"");

        // Assert
        Assert.Equal(4, response.Hits.Count(h => h.Language == "en"));
        Assert.Equal(3, response.Hits.Count(h => h.Language == "es"));
        Assert.Contains(response.Notices, n => n.Text.EndsWith("(illegal mining)", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_SpanishConceptPhrase_FindsEnglishHumanTraffickingSeeds()
    {
        // Arrange
        var seedsOnHumanTrafficking = index.Search("\"human trafficking\"", expand: false).Hits.Select(h => h.Id).Order().ToList();

        // Act
        var response = index.Search("\"trata de personas\"");

        // Assert
        Assert.NotEmpty(seedsOnHumanTrafficking);
        Assert.Equal(seedsOnHumanTrafficking, response.Hits.Where(h => h.Language == "en").Select(h => h.Id).Order().ToList());
        Assert.Contains(response.Notices, n => n.Text.StartsWith("Also searched: «human trafficking»", StringComparison.Ordinal) && n.Text.EndsWith("(trata de personas)", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_ExpandedQuery_RanksArticlesWithTheTypedWordsFirst()
    {
        // Act
        var response = index.Search("human trafficking");

        // Assert
        var languages = response.Hits.Select(h => h.Language).ToList();
        Assert.Contains("en", languages);
        Assert.Contains("es", languages);
        Assert.True(languages.LastIndexOf("en") < languages.IndexOf("es"), string.Join(",", languages));
    }

    [Fact]
    public void Search_UnquotedTrataDePersonas_FindsOnlyThePhraseWithinOneSentenceOrTheConcept()
    {
        // Arrange: "se trata de … personas" and "…personas. Trata…" must not match.
        var spanish = index.SpanishArticles.ToDictionary(a => a.Id);
        var looseWords = index.SpanishArticles.Count(a => Regex.IsMatch(Folding.Fold(a.Title + "\n" + a.Text), @"\btrata\b[\s\S]*\bpersonas\b"));

        // Act
        var response = index.Search("trata de personas");

        // Assert
        var hits = response.Hits.Where(h => h.Language == "es").ToList();
        Assert.NotEmpty(hits);
        Assert.True(looseWords > hits.Count, $"{looseWords} Spanish articles have both words");
        Assert.All(hits, h => Assert.Matches(@"(?<![\p{L}\p{N}])trata[^\p{L}\p{N}.!?]+de[^\p{L}\p{N}.!?]+personas(?![\p{L}\p{N}])",
            Folding.Fold(spanish[h.Id].Title + "\n" + spanish[h.Id].Text)));
        Assert.Equal(index.Search("\"trata de personas\"").Hits.Select(h => h.Id).Order(), response.Hits.Select(h => h.Id).Order());
    }

    private List<string> SpanishArticlesNaming(string conceptId)
    {
        var concept = CrimeTaxonomy.LoadDefault().Concepts.Single(c => c.Id == conceptId);
        return index.SpanishArticles.Where(a => concept.TermsEs.Any(term => Names(a, term))).Select(a => a.Id).ToList();
    }

    /// <summary>The term in the title or text, ignoring case and accents, on word boundaries, a plural "s" allowed.</summary>
    private static bool Names(Article article, string term)
    {
        var words = WordTokenizer.Fold(term).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var pattern = $@"(?<![\p{{L}}\p{{N}}]){string.Join(@"[^\p{L}\p{N}]+", words)}s?(?![\p{{L}}\p{{N}}])";
        return Regex.IsMatch(WordTokenizer.Fold(article.Title + "\n" + article.Text), pattern);
    }

    private static List<string> EnglishIds(SearchResponse response) =>
        response.Hits.Where(h => h.Language == "en").Select(h => h.Id).Order().ToList();
}
