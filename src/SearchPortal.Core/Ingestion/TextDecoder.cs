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
        reason = null;
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (LooksBinary(bytes))
        {
            reason = "binary content (NUL or control bytes), not text";
            return null;
        }
        try
        {
            var text = Strict.GetString(bytes);
            if (string.IsNullOrWhiteSpace(text)) reason = "empty file";
            return reason is null ? text : null;
        }
        catch (DecoderFallbackException e)
        {
            reason = $"not valid UTF-8 (bad byte at offset {e.Index})";
            return null;
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
