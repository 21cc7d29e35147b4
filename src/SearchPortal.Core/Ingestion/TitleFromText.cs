namespace SearchPortal.Core.Ingestion;

/// <summary>The title of an article that has none: the first line of its text, shortened. Stateless and thread-safe.</summary>
internal static class TitleFromText
{
    private const int MaxChars = 120;

    /// <summary>
    /// The first non-blank line of <paramref name="text"/>, trimmed; a line over 120 chars is cut at its last
    /// space within them (at 120 chars when there is none) and ends with "…".
    /// </summary>
    public static string FirstLine(string text)
    {
        var rest = text.AsSpan().TrimStart();
        var end = rest.IndexOf('\n');
        var line = (end < 0 ? rest : rest[..end]).Trim();
        if (line.Length <= MaxChars) return line.ToString();
        var cut = line[..(MaxChars + 1)].LastIndexOf(' ');
        return string.Concat(line[..(cut > 0 ? cut : MaxChars)], "…");
    }
}
