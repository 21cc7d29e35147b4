using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Enrichment;

/// <summary>Splits a dimension's occurrences into focus and mentions by a <see cref="FocusPolicy"/>. Stateless and thread-safe.</summary>
internal static class FocusSelector
{
    /// <summary>A flat dimension (crime types, groups): a value is a focus from the policy's minimum score.</summary>
    public static DimensionTags Flat(IEnumerable<TagHit> hits, TextZones zones, FocusPolicy policy)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in hits) scores[hit.Value] = scores.GetValueOrDefault(hit.Value) + zones.Weight(hit.Offset);
        var about = scores.Where(s => s.Value >= policy.MinScore).Select(s => s.Key).Order(StringComparer.Ordinal).ToArray();
        return new DimensionTags(about, scores.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>
    /// Regions: each occurrence scores its path and every ancestor, but a country once per sentence ("Venezuela's
    /// Apure state" is one mention of Venezuela), so that a neighbour named in one busy sentence does not look like
    /// a second subject. A country is a focus from the minimum score
    /// and the policy's share of the best country; a division under a focus country from the minimum score and the
    /// policy's share of its country's best division; a town or Peruvian province when its division is a focus. The focus is the deepest focus level of each path.
    /// </summary>
    public static DimensionTags Regions(IEnumerable<TagHit> hits, TextZones zones, FocusPolicy policy)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var counted = new HashSet<(string, int)>();
        var paths = new List<string>();
        foreach (var hit in hits)
        {
            paths.Add(hit.Value);
            var sentence = zones.Sentence(hit.Offset);
            foreach (var level in Levels(hit.Value).Where(level => Depth(level) > 1 || counted.Add((level, sentence))))
                scores[level] = scores.GetValueOrDefault(level) + zones.Weight(hit.Offset);
        }
        var best = scores.Where(s => Depth(s.Key) == 1).Select(s => s.Value).DefaultIfEmpty(0).Max();
        var bestDivision = scores.Where(s => Depth(s.Key) == 2).GroupBy(s => Country(s.Key)).ToDictionary(g => g.Key, g => g.Max(s => s.Value), StringComparer.Ordinal);
        bool Focus(string level, int depth) => depth switch
        {
            1 => scores[level] >= policy.MinScore && scores[level] >= policy.CountryShare * best,
            2 => scores[level] >= policy.MinScore && scores[level] >= policy.DivisionShare * bestDivision[Country(level)],
            _ => true,
        };
        var about = paths.Select(path =>
        {
            string? deepest = null;
            foreach (var (level, depth) in Levels(path).Select((l, i) => (l, i + 1)))
            {
                if (!Focus(level, depth)) break;
                deepest = level;
            }
            return deepest;
        }).OfType<string>();
        return new DimensionTags(RegionTagger.Deepest(about), RegionTagger.Deepest(paths));
    }

    private static int Depth(string path) => path.Count(c => c == Article.RegionSeparator) + 1;

    private static string Country(string path) => path.Split(Article.RegionSeparator)[0];

    /// <summary>"Peru/Loreto/Maynas" gives "Peru", "Peru/Loreto", "Peru/Loreto/Maynas".</summary>
    private static IEnumerable<string> Levels(string path)
    {
        for (var i = path.IndexOf(Article.RegionSeparator); i >= 0; i = path.IndexOf(Article.RegionSeparator, i + 1)) yield return path[..i];
        yield return path;
    }
}
