using FsCheck;
using FsCheck.Xunit;
using SearchPortal.Core.Evaluation;

namespace SearchPortal.Core.Tests.Evaluation;

public sealed class LengthNormTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(23, 23, 23)]
    [InlineData(31, 31, 31)]
    [InlineData(100, 57, 96)]
    [InlineData(1000, 87, 984)]
    [InlineData(int.MaxValue, 255, 2013265944)]
    public void EncodeDecode_Length_MatchesLuceneIntToByte4(int length, int expectedByte, int expectedDecoded)
    {
        // Arrange: values worked out by hand from Lucene's int4 layout (24 exact values, then 3 mantissa bits and a shift).

        // Act
        var encoded = LengthNorm.Encode(length);
        var decoded = LengthNorm.Decode(encoded);

        // Assert
        Assert.Equal((expectedByte, expectedDecoded), (encoded, decoded));
    }

    [Property]
    public void Decode_AnyLength_RoundsDownByLessThanAnEighth(NonNegativeInt length)
    {
        // Arrange
        var value = length.Get;

        // Act
        var decoded = LengthNorm.Decode(LengthNorm.Encode(value));

        // Assert
        Assert.InRange(decoded, value - Math.Max(0, value - 24) / 8.0, value);
        Assert.Equal(LengthNorm.Encode(value), LengthNorm.Encode(decoded));
    }
}
