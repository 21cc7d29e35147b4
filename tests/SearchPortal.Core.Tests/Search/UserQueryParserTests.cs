using Lucene.Net.Search;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Search;

public sealed class UserQueryParserTests
{
    public static TheoryData<string> MalformedQueries() =>
        new(File.ReadLines(TestPaths.TestData("malformed-queries.txt")).Where(l => l.Length > 0 && !l.StartsWith("#!")));

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public void Parse_MalformedQuery_FallsBackWithNotice(string text)
    {
        // Arrange
        var parser = new UserQueryParser();

        // Act
        var parsed = parser.Parse(text);

        // Assert
        Assert.NotNull(parsed.Query);
        Assert.Contains(parsed.Notices, n => n.StartsWith("The query could not be parsed"));
    }

    [Fact]
    public void Parse_TwoWords_RequiresBoth()
    {
        // Act
        var parsed = new UserQueryParser().Parse("mining Peru");

        // Assert
        var boolean = Assert.IsType<BooleanQuery>(parsed.Query);
        Assert.All(boolean.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
        Assert.Empty(parsed.Notices);
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
        Assert.Contains(parsed.Notices, n => n.Contains("Unknown field 'colour:'"));
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
