namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// What the generator wrote and planted, saved next to the JSONL: the ground truth the report checks result
/// counts against, and the terms the query mix uses. A corpus is reused when its manifest matches.
/// </summary>
internal sealed record CorpusManifest
{
    /// <summary>Bump when generation changes, so cached corpora are regenerated.</summary>
    public const int CurrentVersion = 1;

    public int Version { get; init; } = CurrentVersion;
    public required int Docs { get; init; }
    public required int Seed { get; init; }
    public required int English { get; init; }
    public required int Spanish { get; init; }
    public required long Bytes { get; init; }
    public required double GenerateSeconds { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required int Outlets { get; init; }
    public required IReadOnlyDictionary<string, string> TopOutlet { get; init; }
    public required IReadOnlyList<KeyPhraseCount> KeyPhrases { get; init; }
    public required IReadOnlyDictionary<string, int> PlantedCrimes { get; init; }
    public required IReadOnlyDictionary<string, int> PlantedRegions { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<TermChoice>> Terms { get; init; }
}
