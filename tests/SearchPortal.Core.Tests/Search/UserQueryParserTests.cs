using Lucene.Net.Search;
using SearchPortal.Core.Messages;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Search;

public sealed class UserQueryParserTests
{
    public static TheoryData<string> MalformedQueries() =>
        new(File.ReadLines(TestPaths.TestData("malformed-queries.txt")).Where(l => l.Length > 0 && !l.StartsWith("#!")));

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public void Parse_MalformedQuery_RepairsOrFallsBackWithHumanNotice(string text)
    {
        // Arrange
        var parser = new UserQueryParser();

        // Act
        var parsed = parser.Parse(text);

        // Assert
        var notice = Assert.Single(parsed.Notices, n => n.Key is MessageKeys.QueryRepaired or MessageKeys.QueryPlainWords or MessageKeys.QueryNoWords);
        Assert.DoesNotContain("Cannot parse", notice.Text);
        Assert.DoesNotContain("Lexical error", notice.Text);
        Assert.DoesNotContain("Encountered", notice.Text);
    }

    [Fact]
    public void Parse_TwoWords_RequiresBothAndRewardsThemNearEachOther()
    {
        // Act
        var parsed = new UserQueryParser().Parse("mining Peru");

        // Assert
        var boolean = Assert.IsType<BooleanQuery>(parsed.Query);
        var words = Assert.IsType<BooleanQuery>(Assert.Single(boolean.Clauses, c => c.Occur == Occur.MUST).Query);
        Assert.Equal(2, words.Clauses.Count);
        Assert.All(words.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
        var proximity = Assert.Single(boolean.Clauses, c => c.Occur == Occur.SHOULD).Query;
        Assert.Contains("body_exact:\"mining peru\"~4", proximity.ToString());
        Assert.Empty(parsed.Notices);
    }

    [Fact]
    public void Parse_ThreeContentWords_RequiresAllWithoutNotice()
    {
        // Act
        var parsed = new UserQueryParser().Parse("mining in Madre de Dios");

        // Assert
        var words = Assert.IsType<BooleanQuery>(Assert.IsType<BooleanQuery>(parsed.Query).Clauses[0].Query);
        Assert.Equal(3, words.Clauses.Count);
        Assert.All(words.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
        Assert.Empty(parsed.Notices);
    }

    [Fact]
    public void Parse_MoreThanThreeContentWords_RanksAnyWordWithNotice()
    {
        // Act
        var parsed = new UserQueryParser().Parse("gold dredges along the Madre de Dios river");

        // Assert
        var words = Assert.IsType<BooleanQuery>(Assert.IsType<BooleanQuery>(parsed.Query).Clauses[0].Query);
        Assert.Equal(6, words.Clauses.Count);
        Assert.All(words.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
        Assert.Equal(["Long query: results contain any of its 6 words, ranked by how many they contain and how near each other."], parsed.Notices.Select(n => n.Text));
    }

    [Fact]
    public void Parse_LongQuery_RewardsNeighbouringWordPairs()
    {
        // Act
        var text = new UserQueryParser().Parse("gold dredges along the Madre de Dios river").Query.ToString();

        // Assert: a pair keeps the gap a stopword leaves, so "madre de dios" is "madre ? dios".
        Assert.Contains("body_exact:\"gold dredges\"~4", text);
        Assert.Contains("body_exact:\"madre ? dios\"~4", text);
        Assert.Contains("body_exact:\"dios river\"~4", text);
    }

    [Fact]
    public void Parse_SpanishStopwordInPlainQuery_IsNotRequired()
    {
        // Act
        var parsed = new UserQueryParser().Parse("Madre de Dios", expand: false);

        // Assert: "de" is a Spanish stopword; requiring it in the English field would exclude Spanish articles.
        var words = Assert.IsType<BooleanQuery>(Assert.IsType<BooleanQuery>(parsed.Query).Clauses[0].Query);
        Assert.Equal(2, words.Clauses.Count);
        Assert.DoesNotContain(words.Clauses, c => c.Query.ToString().Contains(":de", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("the of and")]
    [InlineData("de la y")]
    public void Parse_OnlyStopwords_SearchesNothingWithNotice(string text)
    {
        // Act
        var parsed = new UserQueryParser().Parse(text);

        // Assert
        Assert.Empty(Assert.IsType<BooleanQuery>(parsed.Query).Clauses);
        Assert.Equal(["The query has only common words (stopwords); nothing was searched."], parsed.Notices.Select(n => n.Text));
    }

    [Theory]
    [InlineData("drug trafficking", "«narcotráfico», «narcotraficantes»", "(drug trafficking)")]
    [InlineData("Illegal Mining in Peru", "«minería ilegal», «minería informal»", "(Illegal Mining)")]
    [InlineData("TRATA DE PERSONAS", "«human trafficking», «trafficking in persons»", "(TRATA DE PERSONAS)")]
    [InlineData("trata de personas", "«human trafficking»", "(trata de personas)")]
    [InlineData("Mineria ilegal", "«illegal mining», «informal mining»", "(Mineria ilegal)")]
    [InlineData("drug traffickers", "«narcotráfico»", "(drug traffickers)")]
    [InlineData("\"money laundering\"", "«lavado de activos», «lavado de dinero»", "(money laundering)")]
    [InlineData("\"secuestro\" -express", "«kidnapping»", "(secuestro)")]
    public void Parse_ConceptTerm_AddsOtherLanguageTermsWithNotice(string text, string added, string concept)
    {
        // Act
        var parsed = new UserQueryParser().Parse(text);

        // Assert
        var notice = Assert.Single(parsed.Notices, n => n.Text.StartsWith("Also searched: ", StringComparison.Ordinal)).Text;
        Assert.Contains(added, notice);
        Assert.EndsWith(concept, notice);
    }

    [Theory]
    [InlineData("mining")]
    [InlineData("mining illegal")]
    [InlineData("illegal miningcamp")]
    [InlineData("\"gold mining\" trade")]
    [InlineData("title:\"illegal mining\"")]
    public void Parse_NoConceptTermOnWordBoundaries_AddsNothing(string text)
    {
        // Act
        var parsed = new UserQueryParser().Parse(text);

        // Assert
        Assert.DoesNotContain(parsed.Notices, n => n.Text.StartsWith("Also searched", StringComparison.Ordinal));
        Assert.DoesNotContain("\"mineri ilegal\"", parsed.Query.ToString());
    }

    [Fact]
    public void Parse_ConceptWithExpandOff_AddsNothing()
    {
        // Act
        var parsed = new UserQueryParser().Parse("illegal mining", expand: false);

        // Assert
        Assert.Empty(parsed.Notices);
        Assert.DoesNotContain("\"mineri ilegal\"", parsed.Query.ToString());
    }

    [Fact]
    public void Parse_Concept_SearchesAddedTermsAsASeparateClauseInTheOtherLanguageFieldsOnly()
    {
        // Act
        var parsed = new UserQueryParser().Parse("illegal mining");

        // Assert: the typed phrase OR one expansion clause, each added term weighted down in its own language's fields.
        var concept = Assert.IsType<BooleanQuery>(Assert.IsType<BooleanQuery>(Assert.IsType<BooleanQuery>(parsed.Query).Clauses[0].Query).Clauses[0].Query);
        Assert.All(concept.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
        var added = Assert.IsType<ExpansionQuery>(concept.Clauses[1].Query);
        Assert.Equal(QueryPolicy.Default.ExpansionBoost, added.Weight);
        Assert.All(added.Disjuncts, d => Assert.Equal(QueryPolicy.Default.ExpansionBoost, d.Boost));
        Assert.Contains("body_es:\"mineri ilegal\"", added.ToString());
        Assert.Contains("title_es:\"mineri ilegal\"", added.ToString());
        Assert.Contains("body_pt:\"garimp ilegal\"", added.ToString());
        Assert.DoesNotContain("_exact", added.ToString());
        Assert.DoesNotContain("_en:", added.ToString());
        Assert.Equal(added.Added, parsed.Added);
        Assert.Contains(new AddedTerm("Illegal mining", "minería ilegal", "es"), parsed.Added);
    }

    [Fact]
    public void Parse_TermsOneFieldIndexesAlike_AddsOnlyTheFirst()
    {
        // Act: "garimpos ilegais" is "garimpo ilegal" to the Portuguese stemmer.
        var parsed = new UserQueryParser().Parse("illegal mining");

        // Assert
        Assert.Contains(parsed.Added, t => t.Term == "garimpo ilegal");
        Assert.DoesNotContain(parsed.Added, t => t.Term == "garimpos ilegais");
        Assert.Equal(parsed.Added.Count, parsed.Added.DistinctBy(t => (t.Term, t.Language)).Count());
    }

    [Fact]
    public void Parse_ExcludedTerm_IsNotAddedNorAnyTermIndexedAlike()
    {
        // Act: excluded unaccented; "narcotraficantes" stays, "drug traffickers" goes with "drug trafficking".
        var parsed = new UserQueryParser().Parse("drug trafficking", exclude: ["narcotrafico"]);
        var spanish = new UserQueryParser().Parse("narcotráfico", exclude: ["Drug trafficking"]);

        // Assert
        Assert.DoesNotContain(parsed.Added, t => t.Term == "narcotráfico");
        Assert.Contains(parsed.Added, t => t.Term == "narcotraficantes");
        Assert.DoesNotContain("body_es:narcotrafic ", parsed.Query.ToString() + " ");
        Assert.DoesNotContain(spanish.Added, t => t.Term.StartsWith("drug traffick", StringComparison.Ordinal));
        Assert.DoesNotContain("\"drug traffick\"", spanish.Query.ToString());
    }

    [Theory]
    [InlineData("cocaine", "Cocaine", "fentanyl")]
    [InlineData("femicide", "Femicide", "homicidio")]
    [InlineData("illegal mining", "Illegal mining", "minería")]
    public void Parse_NarrowConcept_AddsOnlyItsOwnTerms(string query, string concept, string broaderTerm)
    {
        // Act
        var added = new UserQueryParser().Parse(query).Added;

        // Assert: no term of a broader or sibling concept, and no bare generic word.
        Assert.NotEmpty(added);
        Assert.All(added, t => Assert.Equal(concept, t.Concept));
        Assert.DoesNotContain(added, t => t.Term == broaderTerm);
    }

    [Fact]
    public void Parse_BroaderConcept_AddsItsNarrowerTermsToo()
    {
        // Act
        var added = new UserQueryParser().Parse("drug trafficking").Added;

        // Assert
        Assert.All(added, t => Assert.Equal("Drug trafficking", t.Concept));
        Assert.Contains(added, t => t.Term == "cocaína");
    }

    [Fact]
    public void Parse_ExpandOff_AddsNoTerms()
    {
        // Act
        var parsed = new UserQueryParser().Parse("drug trafficking", expand: false);

        // Assert
        Assert.Empty(parsed.Added);
    }

    [Fact]
    public void Parse_RedundantAddedTerm_IsLeftOut()
    {
        // Act
        var notice = Assert.Single(new UserQueryParser().Parse("illegal mining").Notices).Text;

        // Assert: "minería ilegal de oro" only matches where "minería ilegal" does.
        Assert.DoesNotContain("«minería ilegal de oro»", notice);
    }

    public static TheoryData<string, bool> SyntaxCases()
    {
        var cases = new TheoryData<string, bool>();
        foreach (var line in File.ReadLines(TestPaths.TestData("plain-query-syntax.tsv")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var parts = line.Split('\t');
            cases.Add(parts[0], parts[1] == "plain");
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(SyntaxCases))]
    public void Parse_Text_TakesThePlainPathOnlyWithoutSyntax(string text, bool plain)
    {
        // Act
        var isPlain = PlainQuerySyntax.IsPlain(text);

        // Assert
        Assert.Equal(plain, isPlain);
    }

    [Fact]
    public void Parse_Exclusion_MakesMustNotClause()
    {
        // Act
        var parsed = new UserQueryParser().Parse("trafficking -cocaine");

        // Assert
        var boolean = Assert.IsType<BooleanQuery>(parsed.Query);
        Assert.Contains(boolean.Clauses, c => c.Occur == Occur.MUST_NOT);
    }

    [Fact]
    public void Parse_Prefix_SearchesOnlyUnstemmedFoldedFields()
    {
        // Act
        var parsed = new UserQueryParser().Parse("Minerí*");

        // Assert
        var text = parsed.Query.ToString();
        Assert.Contains("body_exact:mineri*", text);
        Assert.DoesNotContain("body_en", text);
    }

    [Fact]
    public void Parse_UnknownField_SearchesTextWithNotice()
    {
        // Act
        var parsed = new UserQueryParser().Parse("colour:red");

        // Assert
        Assert.Contains("body_en:red", parsed.Query.ToString());
        Assert.Contains(parsed.Notices, n => n.Text.Contains("Unknown field 'colour:'"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    public void Parse_EmptyQuery_MatchesAll(string text)
    {
        // Act
        var parsed = new UserQueryParser().Parse(text);

        // Assert
        Assert.True(parsed.IsEmpty);
        Assert.IsType<MatchAllDocsQuery>(parsed.Query);
    }
}
