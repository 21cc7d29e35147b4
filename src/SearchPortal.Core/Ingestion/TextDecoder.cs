using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Strict UTF-8 decoding with clear reasons for what cannot be read: binary content, empty input,
/// invalid byte sequences. A BOM is accepted and dropped. Stateless and thread-safe.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns null and a reason.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? reason)
    {
        if (!TryDecodeIncludingBlank(bytes, out var text, out reason)) return null;
        if (!string.IsNullOrWhiteSpace(text)) return text;
        reason = "empty file";
        return null;
    }

    /// <summary>Like <see cref="TryDecode"/>, but blank text is decoded, not a failure, for callers that skip it.</summary>
    internal static bool TryDecodeIncludingBlank(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? reason)
    {
        text = null;
        reason = null;
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (LooksBinary(bytes))
        {
            reason = "binary content (NUL or control bytes), not text";
            return false;
        }
        try
        {
            text = Strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            reason = $"not valid UTF-8 (bad byte at offset {e.Index})";
            return false;
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 9 || (b > 13 && b < 32)) control++;
        }
        return sample.Length > 0 && control * 10 > sample.Length;
    }
}
