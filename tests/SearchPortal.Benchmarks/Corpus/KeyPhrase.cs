namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// A phrase planted in a known share of the articles of one language, so that result counts can be checked.
/// When planted it comes with one of <see cref="RelatedPlaces"/> in 60% of the articles, as such stories do.
/// </summary>
internal sealed record KeyPhrase(string Phrase, string Language, double Rate, string CrimeLabel, IReadOnlyList<string> RelatedPlaces)
{
    public const double WithPlaceRate = 0.6;

    public static IReadOnlyList<KeyPhrase> Defaults { get; } =
    [
        new("illegal mining", "en", 0.015, "Illegal mining", ["Madre de Dios", "Puerto Maldonado", "Puno", "La Rinconada", "Huepetuhe"]),
        new("human trafficking", "en", 0.02, "Human trafficking", ["Loreto", "Iquitos", "Lima", "Madre de Dios", "Cusco"]),
        new("minería ilegal", "es", 0.025, "Illegal mining", ["Madre de Dios", "Puerto Maldonado", "Puno", "La Rinconada", "Huepetuhe"]),
        new("trata de personas", "es", 0.03, "Human trafficking", ["Loreto", "Iquitos", "Lima", "Madre de Dios", "Cusco"]),
    ];
}
