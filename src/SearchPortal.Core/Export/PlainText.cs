using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>The plain text of highlights for exports and feeds, marks dropped. Stateless and thread-safe.</summary>
public static class PlainText
{
    /// <summary>The hit's snippets as one plain-text string (snippets cut mid-sentence keep their "…").</summary>
    public static string Snippet(SearchHit hit) => string.Join(" ", hit.Snippets.Select(s => s.Text));
}
