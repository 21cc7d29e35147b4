namespace SearchPortal.Core.Ingestion;

/// <summary>What <see cref="ArticleText"/> changed in one article's fields, counted for the build report. Mutable; one per article.</summary>
internal sealed class TextRepairs
{
    public int ControlsRemoved { get; set; }

    public int SeparatorsToNewline { get; set; }

    public int SurrogatesReplaced { get; set; }

    public HashSet<string> Fields { get; } = new(StringComparer.Ordinal);

    public bool Any => ControlsRemoved + SeparatorsToNewline + SurrogatesReplaced > 0;

    public override string ToString()
    {
        var parts = new List<string>();
        if (ControlsRemoved > 0) parts.Add($"{ControlsRemoved} control character(s) removed");
        if (SeparatorsToNewline > 0) parts.Add($"{SeparatorsToNewline} line separator(s) (VT, FF, U+0085, U+2028, U+2029) made newlines");
        if (SurrogatesReplaced > 0) parts.Add($"{SurrogatesReplaced} lone surrogate(s) replaced with U+FFFD");
        return $"{string.Join(", ", parts)} in {string.Join(", ", Fields.Order(StringComparer.Ordinal))}; the article is kept";
    }
}
