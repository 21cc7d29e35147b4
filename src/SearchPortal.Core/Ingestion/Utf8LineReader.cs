namespace SearchPortal.Core.Ingestion;

/// <summary>
/// Streams a file line by line as raw bytes and decodes each line strictly, so one undecodable
/// or oversized line is reported without losing the lines around it. Stateless and thread-safe.
/// </summary>
public static class Utf8LineReader
{
    /// <summary>Yields (1-based line number, text or null, reason when null) for each non-blank line.</summary>
    public static IEnumerable<(int Line, string? Text, string? Reason)> ReadLines(Stream stream, long maxLineBytes)
    {
        using var buffered = new BufferedStream(stream, 1 << 16);
        var line = new MemoryStream();
        var number = 0;
        var oversized = false;
        int b;
        while (true)
        {
            b = buffered.ReadByte();
            if (b is not (-1 or '\n'))
            {
                if (line.Length < maxLineBytes) line.WriteByte((byte)b);
                else oversized = true;
                continue;
            }

            number++;
            if (oversized)
            {
                yield return (number, null, $"line longer than {maxLineBytes:N0} bytes");
            }
            else if (Decode(line) is { } decoded)
            {
                yield return (number, decoded.Text, decoded.Reason);
            }
            line.SetLength(0);
            oversized = false;
            if (b == -1) yield break;
        }
    }

    private static (string? Text, string? Reason)? Decode(MemoryStream line)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length).TrimEnd((byte)'\r');
        if (!TextDecoder.TryDecodeIncludingBlank(bytes, out var text, out var reason)) return (null, reason);
        return string.IsNullOrWhiteSpace(text) ? null : (text, null);
    }
}
