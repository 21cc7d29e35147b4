namespace SearchPortal.Core.Ingestion;

/// <summary>
/// One news article as it flows through the pipeline: ingestion fills the text and metadata,
/// enrichment adds regions, crime types and groups (focus and mentions), indexing turns it into a Lucene document.
/// Immutable; each stage returns a copy with <c>with</c>.
/// </summary>
public sealed record Article
{
    /// <summary>
    /// Separates the levels of a region path in <see cref="Regions"/> and <see cref="RegionMentions"/> (country, first-level
    /// division, place): "Peru/Madre de Dios/Tambopata". The gazetteer's data files write paths the same way; the
    /// indexer maps the levels onto the region facet's own path form.
    /// </summary>
    public const char RegionSeparator = '/';

    /// <summary>Stable id: the URL when there is one, else the relative path (plus line number for JSONL/CSV).</summary>
    public required string Id { get; init; }

    /// <summary>The input file name, or the record id for JSONL/CSV rows.</summary>
    public required string Source { get; init; }

    public required string Title { get; init; }

    /// <summary>The clean article text, boilerplate removed. Paragraphs are separated by blank lines.</summary>
    public required string Text { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    public string? Author { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>"en", "es" or "pt"; null until detected.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// Where the article is about (its focus): hierarchical region paths, deepest level only, e.g.
    /// "Peru/Madre de Dios/Tambopata". Every focus path lies within <see cref="RegionMentions"/>.
    /// </summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Every place the article mentions, resolved in context: region paths, deepest level only.</summary>
    public IReadOnlyList<string> RegionMentions { get; init; } = [];

    /// <summary>What the article is about (its focus): crime type labels (English labels of the taxonomy).</summary>
    public IReadOnlyList<string> CrimeTypes { get; init; } = [];

    /// <summary>Every crime type the article mentions, focus included.</summary>
    public IReadOnlyList<string> CrimeTypeMentions { get; init; } = [];

    /// <summary>The criminal groups the article is about (English labels of the group list).</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Every criminal group the article mentions, focus included.</summary>
    public IReadOnlyList<string> GroupMentions { get; init; } = [];

    /// <summary>Fields of the input that the schema does not name, kept as they came.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public int? Year => Published?.Year;
}
