namespace SearchPortal.Core.Ingestion;

/// <summary>Limits applied while reading inputs; anything over a limit is reported and skipped.</summary>
public sealed record IngestionOptions
{
    /// <summary>Largest article text accepted, in characters.</summary>
    public int MaxArticleChars { get; init; } = 2_000_000;

    /// <summary>Largest single .txt/.html file read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 20_000_000;

    public static IngestionOptions Default { get; } = new();
}
