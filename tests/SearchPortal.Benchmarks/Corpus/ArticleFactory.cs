namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// Makes one article from the pools and catalogs: 70% English, 30% Spanish; a real title and 10–40 real
/// sentences of that language; 0–3 planted places and 0–2 planted crime phrases at random positions; the key
/// phrases at their fixed rates; a Zipf outlet, a year from 2000–2026 weighted towards recent years, and a
/// byline. All randomness comes from the caller's <see cref="Random"/>, drawn in a fixed order.
/// </summary>
internal sealed class ArticleFactory(
    IReadOnlyDictionary<string, SentencePool> pools, PlaceCatalog places, CrimeCatalog crimes, OutletCatalog outlets, AuthorCatalog authors)
{
    public const double EnglishShare = 0.7;
    public const int FirstYear = 2000;
    public const int LastYear = 2026;

    private static readonly WeightedSampler<int> PlaceCounts = new([(0, 0.25), (1, 0.45), (2, 0.2), (3, 0.1)]);
    private static readonly WeightedSampler<int> CrimeCounts = new([(0, 0.55), (1, 0.3), (2, 0.15)]);
    private static readonly WeightedSampler<int> Years =
        new(Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => (y, 1 + 0.15 * (y - FirstYear))));

    public GeneratedArticle Create(int index, Random random)
    {
        var language = random.NextDouble() < EnglishShare ? "en" : "es";
        var pool = pools[language];
        var title = pool.Titles[random.Next(pool.Titles.Count)];
        var count = random.Next(10, 41);
        var sentences = new List<string>(count + 6);
        for (var i = 0; i < count; i++) sentences.Add(pool.Sentences[random.Next(pool.Sentences.Count)]);

        var regions = new List<string>();
        var crimeLabels = new List<string>();
        var keyPhrases = new List<string>();
        var plants = new List<string>();
        var crimeCount = CrimeCounts.Next(random);
        var placeCount = PlaceCounts.Next(random);
        for (var p = 0; p < placeCount; p++)
        {
            var place = places.Next(random);
            regions.Add(place.Path);
            if (p == 0 && crimeCount > 0 && random.NextDouble() < 0.5)
            {
                plants.Add(PlantTemplates.PlaceAndCrime(language, Mention(place, language), NextCrime(language, crimeLabels, random), random));
                crimeCount--;
            }
            else
            {
                plants.Add(PlantTemplates.Place(language, Mention(place, language), random));
            }
        }
        for (var c = 0; c < crimeCount; c++) plants.Add(PlantTemplates.Crime(language, NextCrime(language, crimeLabels, random), random));
        foreach (var key in KeyPhrase.Defaults)
        {
            if (key.Language != language || random.NextDouble() >= key.Rate) continue;
            keyPhrases.Add(key.Phrase);
            crimeLabels.Add(key.CrimeLabel);
            if (random.NextDouble() < KeyPhrase.WithPlaceRate)
            {
                var place = places.Get(key.RelatedPlaces[random.Next(key.RelatedPlaces.Count)]);
                regions.Add(place.Path);
                plants.Add(PlantTemplates.PlaceAndCrime(language, Mention(place, language), key.Phrase, random));
            }
            else
            {
                plants.Add(PlantTemplates.Crime(language, key.Phrase, random));
            }
        }
        foreach (var plant in plants) sentences.Insert(random.Next(sentences.Count + 1), plant);

        var outlet = outlets.Next(language, random);
        var year = Years.Next(random);
        var day = random.Next(year == LastYear ? 320 : DateTime.IsLeapYear(year) ? 366 : 365);
        var author = authors.Next(language, random);
        return new GeneratedArticle(
            Id: $"bench-{index:D7}",
            Title: title,
            Text: Paragraphs(sentences, random),
            Url: $"https://news.bench.example/{outlet.Slug}/{year}/{index:D7}",
            Outlet: outlet.Name,
            Published: new DateOnly(year, 1, 1).AddDays(day),
            Author: author,
            Language: language,
            PlantedRegions: regions,
            PlantedCrimes: crimeLabels,
            PlantedKeyPhrases: keyPhrases);
    }

    private string NextCrime(string language, List<string> labels, Random random)
    {
        var concept = crimes.Next(random);
        labels.Add(concept.Label);
        var terms = CrimeCatalog.Terms(concept, language);
        return terms[random.Next(terms.Count)];
    }

    private static string Mention(Place place, string language) => language == "es" ? place.Spanish : place.English;

    private static string Paragraphs(List<string> sentences, Random random)
    {
        var paragraphs = new List<string>();
        for (var i = 0; i < sentences.Count;)
        {
            var take = Math.Min(random.Next(2, 6), sentences.Count - i);
            paragraphs.Add(string.Join(' ', sentences.GetRange(i, take)));
            i += take;
        }
        return string.Join("\n\n", paragraphs);
    }
}
