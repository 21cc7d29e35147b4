using System.Text;

namespace SearchPortal.Indexer.Commands;

/// <summary>
/// Makes text from an index or an input safe to print on one terminal line: control characters (ESC among
/// them, which would start an escape sequence that moves the cursor, clears the screen or retitles the
/// window), line and paragraph separators and bidirectional overrides become U+FFFD, so a title or a file
/// name can neither drive the terminal nor disguise the lines around it. Stateless and thread-safe.
/// </summary>
internal static class TerminalText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(IsUnsafe(c) ? '\uFFFD' : c);
        return builder.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
