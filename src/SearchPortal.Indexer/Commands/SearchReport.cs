using SearchPortal.Core.Search;

namespace SearchPortal.Indexer.Commands;

/// <summary>
/// Prints search results for a person at a terminal: snippets as plain text with their marks in [brackets]; every value
/// from the index or the query goes through <see cref="TerminalText"/>.
/// </summary>
internal static class SearchReport
{
    public static void Print(SearchResponse response)
    {
        foreach (var notice in response.Notices) Console.WriteLine($"Note: {TerminalText.Safe(notice.Text)}");
        if (response.Correction is { } correction) Console.WriteLine($"Note: {TerminalText.Safe(correction.Message(response.Query).Text)}");
        Console.WriteLine($"{response.Total:N0} result(s) in {response.TookMs} ms (page {response.Page}).");
        var rank = (response.Page - 1) * response.Size;
        foreach (var hit in response.Hits)
        {
            Console.WriteLine();
            Console.WriteLine($"{++rank}. {TerminalText.Safe(hit.Title)}");
            Console.WriteLine(TerminalText.Safe($"   {hit.Outlet ?? "unknown outlet"} · {hit.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"} · {hit.Language} · {hit.Source}"));
            foreach (var snippet in hit.Snippets) Console.WriteLine($"   {TerminalText.Safe(snippet.Bracketed("[", "]"))}");
        }
        foreach (var (dimension, values) in response.Facets)
        {
            if (values.Count == 0) continue;
            Console.WriteLine();
            Console.WriteLine(TerminalText.Safe($"{dimension}: {string.Join(", ", values.Select(v => $"{v.Label} ({v.Count})"))}"));
        }
    }
}
