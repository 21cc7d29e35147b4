using SearchPortal.Core.Search;

namespace SearchPortal.Indexer.Commands;

/// <summary>
/// Prints search results for a person at a terminal: snippets as plain text with their marks in [brackets]; every value
/// from the index or the query goes through <see cref="TerminalText"/>. Each hit lists its regions, crime types and groups:
/// what it is about, then what it only mentions.
/// </summary>
internal static class SearchReport
{
    public static void Print(SearchResponse response)
    {
        foreach (var notice in response.Notices) Console.WriteLine($"Note: {TerminalText.Safe(notice.Text)}");
        if (response.Correction is { } correction) Console.WriteLine($"Note: {TerminalText.Safe(correction.Message(response.Query).Text)}");
        Console.WriteLine($"{response.Total:N0} result(s) in {response.TookMs} ms (page {response.Page}; facets by {response.Match.ToString().ToLowerInvariant()}).");
        var rank = (response.Page - 1) * response.Size;
        foreach (var hit in response.Hits)
        {
            Console.WriteLine();
            Console.WriteLine($"{++rank}. {TerminalText.Safe(hit.Title)}");
            Console.WriteLine(TerminalText.Safe($"   {hit.Outlet ?? "unknown outlet"} · {hit.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"} · {hit.Language} · {hit.Source}"));
            foreach (var snippet in hit.Snippets) Console.WriteLine($"   {TerminalText.Safe(snippet.Bracketed("[", "]"))}");
            foreach (var tags in hit.Tags().Where(t => t.Mentions.Count + t.About.Count > 0)) Console.WriteLine(TerminalText.Safe("   " + Tags(tags)));
        }
        foreach (var (dimension, values) in response.Facets)
        {
            if (values.Count == 0) continue;
            Console.WriteLine();
            Console.WriteLine(TerminalText.Safe($"{dimension}: {string.Join(", ", values.Select(v => $"{v.Label} ({v.Count})"))}"));
        }
    }

    private static string Tags(HitTags tags)
    {
        var mentioned = tags.MentionedOnly();
        var about = tags.About.Count > 0 ? string.Join(", ", tags.About) : "-";
        return mentioned.Count > 0 ? $"{tags.Dimension.Name}: {about}; also mentions {string.Join(", ", mentioned)}" : $"{tags.Dimension.Name}: {about}";
    }
}
