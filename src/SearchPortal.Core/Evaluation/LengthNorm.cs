namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Lucene 7+'s one-byte document length (SmallFloat.intToByte4 / byte4ToInt), reimplemented
/// because Lucene.Net 4.8 only has the older float encodings. Lengths 0–23 are stored exactly;
/// longer ones keep four significant bits (the leading one implicit) and a shift, so the decoded
/// length is the original rounded down to a multiple of a power of two. Stateless and thread-safe.
/// </summary>
internal static class LengthNorm
{
    /// <summary>Byte values below this hold the length itself: 255 minus the code of int.MaxValue.</summary>
    private static readonly int ExactLimit = 255 - EncodeInt4(int.MaxValue);

    public static byte Encode(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return (byte)(length < ExactLimit ? length : ExactLimit + EncodeInt4(length - ExactLimit));
    }

    public static int Decode(byte norm) => norm < ExactLimit ? norm : ExactLimit + DecodeInt4(norm - ExactLimit);

    /// <summary>Values below 8 as they are; larger ones as 3 mantissa bits plus (shift + 1) in the upper bits.</summary>
    private static int EncodeInt4(int value)
    {
        var bits = 32 - int.LeadingZeroCount(value);
        if (bits < 4) return value;
        var shift = bits - 4;
        return ((value >>> shift) & 0x07) | ((shift + 1) << 3);
    }

    private static int DecodeInt4(int code)
    {
        var shift = (code >>> 3) - 1;
        return shift < 0 ? code & 0x07 : ((code & 0x07) | 0x08) << shift;
    }
}
