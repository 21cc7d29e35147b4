using SearchPortal.Web.Maps;

namespace SearchPortal.Web.Tests.Maps;

public sealed class ColourScaleTests
{
    [Fact]
    public void For_AnyMax_ClassesTileOneToMaxWithDarkerShadesUpwards()
    {
        // Arrange
        var random = new Random(19);
        var maxima = Enumerable.Range(1, 200).Concat(Enumerable.Range(0, 300).Select(_ => random.Next(1, 2_000_000))).Append(int.MaxValue);

        foreach (var max in maxima)
        {
            // Act
            var classes = ColourScale.For(max).Classes;

            // Assert
            Assert.InRange(classes.Count, 1, ColourScale.Shades);
            Assert.Equal(1, classes[0].From);
            Assert.Equal(max, classes[^1].To);
            Assert.Equal(ColourScale.Shades, classes[^1].Shade);
            for (var i = 1; i < classes.Count; i++)
            {
                Assert.Equal(classes[i - 1].To + 1, classes[i].From);
                Assert.True(classes[i].Shade > classes[i - 1].Shade, $"max {max}: shades {classes[i - 1].Shade}, {classes[i].Shade}");
            }
        }
    }

    [Fact]
    public void For_OneDominantCountry_SpreadsTheOthersOverThreeOrMoreClasses()
    {
        // Arrange
        var others = Enumerable.Range(1, 60).ToArray();

        // Act
        var scale = ColourScale.For(5_000);

        // Assert
        Assert.True(others.Select(c => scale.ClassOf(c).Shade).Distinct().Count() >= 3);
        Assert.Equal(ColourScale.Shades, scale.ClassOf(5_000).Shade);
        Assert.NotEqual(scale.ClassOf(1).Shade, scale.ClassOf(60).Shade);
    }

    [Fact]
    public void For_MaxOfThousand_HasRoundBoundaries()
    {
        // Act
        var ranges = ColourScale.For(1_000).Classes.Select(c => $"{c.From}-{c.To}");

        // Assert
        Assert.Equal(["1-3", "4-19", "20-59", "60-299", "300-1000"], ranges);
    }

    [Theory]
    [InlineData(1, new[] { 5 })]
    [InlineData(2, new[] { 1, 5 })]
    [InlineData(3, new[] { 1, 3, 5 })]
    [InlineData(5, new[] { 1, 2, 3, 4, 5 })]
    public void For_SmallMax_EachCountIsItsOwnClassSpreadOverTheShades(int max, int[] shades)
    {
        // Act
        var scale = ColourScale.For(max);

        // Assert
        Assert.Equal(shades, Enumerable.Range(1, max).Select(c => scale.ClassOf(c).Shade));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(100_000)]
    public void ClassOf_Zero_IsTheGreyClassDistinctFromEveryOther(int max)
    {
        // Arrange
        var scale = ColourScale.For(max);

        // Act
        var zero = scale.ClassOf(0);

        // Assert
        Assert.Equal(0, zero.Shade);
        Assert.DoesNotContain(zero.Fill, scale.Classes.Select(c => c.Fill));
        Assert.Equal(ColourScale.Shades + 1, ColourScale.Fills.Distinct().Count());
    }
}
