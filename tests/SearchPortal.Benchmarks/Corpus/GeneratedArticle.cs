namespace SearchPortal.Benchmarks.Corpus;

/// <summary>One generated article with what was planted in it (region paths, crime labels, key phrases).</summary>
internal sealed record GeneratedArticle(
    string Id,
    string Title,
    string Text,
    string Url,
    string Outlet,
    DateOnly Published,
    string? Author,
    string Language,
    IReadOnlyList<string> PlantedRegions,
    IReadOnlyList<string> PlantedCrimes,
    IReadOnlyList<string> PlantedKeyPhrases);
