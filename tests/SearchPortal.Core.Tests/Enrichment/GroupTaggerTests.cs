using SearchPortal.Core.Enrichment;

namespace SearchPortal.Core.Tests.Enrichment;

public sealed class GroupTaggerTests
{
    private static readonly GroupTagger Tagger = new();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in EnrichmentCases.Rows("enrichment-group-cases.tsv")) data.Add(row[0], row[1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tag_Case_ReturnsExpectedGroups(string text, string expected)
    {
        // Arrange
        var labels = EnrichmentCases.List(expected);

        // Act
        var groups = Tagger.Tag(text);

        // Assert
        Assert.Equal(labels, groups);
    }

    [Fact]
    public void Tag_EveryAliasNearAGroupWord_TagsItsOwnGroup()
    {
        // Arrange
        var list = CriminalGroupList.LoadDefault();

        // Act
        var misses = list.Groups
            .SelectMany(g => g.Aliases.Concat(g.ContextAliases).Select(alias => (g, alias)))
            .Where(x => !Tagger.Tag($"Police said the gang {x.alias} grew.").Contains(x.g.Label))
            .Select(x => x.g.Id + ": " + x.alias)
            .ToArray();

        // Assert
        Assert.Empty(misses);
    }
}
