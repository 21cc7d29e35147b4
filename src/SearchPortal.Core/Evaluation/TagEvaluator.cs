using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Evaluation;

/// <summary>
/// Scores an enrichment function against a labelled set (<see cref="TagDevSet"/>): focus countries, divisions,
/// crime types and groups, micro-averaged, plus every wrong-country tag. Stateless and thread-safe.
/// </summary>
public static class TagEvaluator
{
    public static TagEvaluationResult Evaluate(IReadOnlyList<LabelledArticle> set, Func<Article, Article> enrich)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(enrich);
        TagScore countries = new(0, 0, 0), divisions = new(0, 0, 0), crimes = new(0, 0, 0), groups = new(0, 0, 0);
        var errors = new List<TagError>();
        var wrongCountry = new List<TagError>();
        foreach (var labelled in set)
        {
            var article = enrich(labelled.Article);
            var id = article.Id;
            var given = Given(article);
            var expected = labelled.Expected;
            countries = Score(countries, "countries", id, expected.Countries, given.Countries, errors);
            divisions = Score(divisions, "divisions", id, expected.Divisions, given.Divisions, errors);
            crimes = Score(crimes, "crimeTypes", id, expected.CrimeTypes, given.CrimeTypes, errors);
            groups = Score(groups, "groups", id, expected.Groups, given.Groups, errors);
            var allowed = expected.Countries.Concat(labelled.OtherCountries).ToHashSet(StringComparer.Ordinal);
            wrongCountry.AddRange(article.Regions.Concat(article.RegionMentions).Distinct()
                .Where(path => !allowed.Contains(Level(path, 1)!))
                .Select(path => new TagError(id, "region", path, true)));
        }
        return new TagEvaluationResult(set.Count, countries, divisions, crimes, groups, wrongCountry, errors);
    }

    /// <summary>The focus tags an enriched article carries, at the levels the labels use.</summary>
    public static TagLabels Given(Article article) => new(
        article.Regions.Select(p => Level(p, 1)!).Distinct().ToArray(),
        article.Regions.Select(p => Level(p, 2)).OfType<string>().Distinct().ToArray(),
        article.CrimeTypes,
        article.Groups);

    private static TagScore Score(TagScore score, string dimension, string id, IReadOnlyList<string> expected, IReadOnlyList<string> given, List<TagError> errors)
    {
        errors.AddRange(given.Except(expected).Select(tag => new TagError(id, dimension, tag, true)));
        errors.AddRange(expected.Except(given).Select(tag => new TagError(id, dimension, tag, false)));
        return score.Add(expected.ToHashSet(StringComparer.Ordinal), given.Distinct().ToArray());
    }

    /// <summary>The first <paramref name="levels"/> segments of a region path, or null when it is shallower.</summary>
    private static string? Level(string path, int levels)
    {
        var parts = path.Split(Article.RegionSeparator);
        return parts.Length < levels ? null : string.Join(Article.RegionSeparator, parts.Take(levels));
    }
}
