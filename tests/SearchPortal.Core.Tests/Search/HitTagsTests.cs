using SearchPortal.Core.Facets;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Search;

public sealed class HitTagsTests
{
    [Fact]
    public void MentionedOnly_RegionsAboveAFocusPlace_LeftOut()
    {
        // Arrange
        var tags = new HitTags(FacetSchema.Region, ["Peru/Loreto/Maynas"], ["Peru/Loreto/Maynas", "Peru", "Peru/Loreto", "Brazil", "Peru/Lima"]);

        // Act
        var mentioned = tags.MentionedOnly();

        // Assert
        Assert.Equal(["Brazil", "Peru/Lima"], mentioned);
    }

    [Fact]
    public void MentionedOnly_FlatDimension_LeavesOutFocusValuesOnly()
    {
        // Arrange: a group whose name has a slash is not a path.
        var tags = new HitTags(FacetSchema.Group, ["FARC/EP dissidents"], ["FARC/EP dissidents", "FARC", "ELN"]);

        // Act
        var mentioned = tags.MentionedOnly();

        // Assert
        Assert.Equal(["FARC", "ELN"], mentioned);
    }

    [Fact]
    public void For_Mentions_ReturnsTheMentionList()
    {
        // Arrange
        var tags = new HitTags(FacetSchema.Crime, ["Illegal mining"], ["Illegal mining", "Kidnapping"]);

        // Act + Assert
        Assert.Equal(["Illegal mining"], tags.For(FacetMatch.About));
        Assert.Equal(["Illegal mining", "Kidnapping"], tags.For(FacetMatch.Mentions));
    }
}
