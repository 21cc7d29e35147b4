using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// Resolves the place names of one article together. Evidence of a country comes from its names, its safe
/// places (anchors), its demonyms (weaker), the outlet's country, and places that agree with each other
/// ("Cartagena" and "Bolívar" both in Colombia's Bolívar department). Each ambiguous name takes the country
/// with clearly more evidence, then, within it, the candidate the cue, a neighbouring division ("Córdoba,
/// Veracruz") or the population prefers. A name whose evidence is too weak is left unresolved, or resolved to
/// its country only when its candidates there are equally likely: it never lands in a country by guess. One
/// instance per article; not thread-safe.
/// </summary>
internal sealed class ToponymResolver(Gazetteer gazetteer, string? outletCountry)
{
    /// <summary>The winning country needs this many times the evidence of the runner-up.</summary>
    private const double Margin = 2.0;

    /// <summary>Without evidence, a candidate wins on population alone only this many times larger than any other.</summary>
    private const double Dominance = 10.0;

    private static readonly HashSet<string> AppositionWords = ["in", "en", "em"];

    private readonly Dictionary<string, double> _strong = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _weak = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _anchorDivisions = new(StringComparer.Ordinal);

    public void Resolve(IReadOnlyList<Toponym> toponyms, string text)
    {
        CollectEvidence(toponyms);
        var support = DivisionSupport(toponyms);
        for (var i = 0; i < toponyms.Count; i++)
        {
            var toponym = toponyms[i];
            if (toponym.Demonym is { } demonym) toponym.Resolved = demonym.Places;
            else if (toponym.Candidates.Count > 0) toponym.Resolved = Choose(toponym, Apposition(toponyms, i, text), support, text, toponyms);
        }
        OneSensePerArticle(toponyms);
    }

    /// <summary>
    /// A name the article once places for sure ("the department of Gracias a Dios") means the same place where it
    /// recurs without a cue ("Gracias a Dios borders Nicaragua"), as long as that use could be a place at all.
    /// </summary>
    private static void OneSensePerArticle(IReadOnlyList<Toponym> toponyms)
    {
        var sure = new Dictionary<string, IReadOnlyList<GazetteerPlace>>(StringComparer.Ordinal);
        foreach (var toponym in toponyms.Where(t => t.Resolved.Count > 0 && t.Demonym is null))
        {
            var key = toponym.Mention.Key;
            if (!sure.TryGetValue(key, out var places)) sure[key] = toponym.Resolved;
            else if (!places.SequenceEqual(toponym.Resolved)) sure[key] = [];
        }
        foreach (var toponym in toponyms.Where(t => t.Resolved.Count == 0 && !t.Cued && t.Readings.Count > 0))
        {
            if (sure.GetValueOrDefault(toponym.Mention.Key) is { Count: > 0 } places && places.All(p => toponym.Readings.Any(r => r.Places.Contains(p))))
                toponym.Resolved = places;
        }
    }

    /// <summary>
    /// Countries named, implied by demonyms or the outlet, or by anchors: safe names whose candidates lie in one
    /// country, or names of one country only that a cue settles ("the Puno region", "the state of Guerrero"; not
    /// "the city of Esmeraldas", which is also an Ecuadorian province). A small town ("David", "Allen") anchors its country only when something else in the article points there.
    /// </summary>
    private void CollectEvidence(IReadOnlyList<Toponym> toponyms)
    {
        if (outletCountry is not null) Add(_strong, outletCountry, 1);
        foreach (var demonym in toponyms.Select(t => t.Demonym).OfType<PlaceName>())
        {
            foreach (var country in demonym.Countries) Add(_weak, country, 1);
        }
        foreach (var country in toponyms.Select(t => t.EvidenceOf).OfType<GazetteerPlace>()) Add(_strong, country.Path, 1);
        var minor = new List<(Toponym Toponym, string Country)>();
        foreach (var toponym in toponyms.Where(t => t.Candidates.Count > 0))
        {
            var countries = toponym.Candidates.SelectMany(c => c.Countries).Distinct().ToArray();
            if (countries.Length != 1 || toponym.HasNamesake) continue;
            var settled = toponym.Candidates.Any(c => c.Risk == PlaceRisk.None)
                || (toponym.Cued && toponym.Readings.SelectMany(r => r.Countries).All(c => c == countries[0]));
            if (!settled) continue;
            if (!toponym.Cued && toponym.Candidates.All(c => c.IsMinorTown)) minor.Add((toponym, countries[0]));
            else Anchor(toponym, countries[0]);
        }
        foreach (var (toponym, country) in minor.Where(m => Score(m.Country) > 0)) Anchor(toponym, country);
    }

    private void Anchor(Toponym toponym, string country)
    {
        toponym.IsAnchor = true;
        Add(_strong, country, 1);
        foreach (var division in toponym.Candidates.SelectMany(c => c.Places).Select(p => p.Division).OfType<string>())
        {
            if (!_anchorDivisions.TryGetValue(division, out var keys)) _anchorDivisions[division] = keys = new HashSet<string>(StringComparer.Ordinal);
            keys.Add(toponym.Mention.Key);
        }
    }

    /// <summary>Divisions that two different names of the article share a candidate in, at least one of them a safe name.</summary>
    private static Dictionary<string, int> DivisionSupport(IReadOnlyList<Toponym> toponyms)
    {
        var byDivision = new Dictionary<string, (HashSet<string> Keys, bool Safe)>(StringComparer.Ordinal);
        foreach (var toponym in toponyms.Where(t => t.Candidates.Count > 0))
        {
            foreach (var candidate in toponym.Candidates)
            {
                foreach (var division in candidate.Places.Select(p => p.Division).OfType<string>().Distinct())
                {
                    var entry = byDivision.TryGetValue(division, out var found) ? found : (Keys: new HashSet<string>(StringComparer.Ordinal), Safe: false);
                    entry.Keys.Add(toponym.Mention.Key);
                    byDivision[division] = (entry.Keys, entry.Safe || candidate.Risk == PlaceRisk.None);
                }
            }
        }
        return byDivision.Where(e => e.Value.Keys.Count > 1 && e.Value.Safe).ToDictionary(e => e.Key, e => e.Value.Keys.Count - 1, StringComparer.Ordinal);
    }

    /// <summary>"Córdoba, Veracruz", "Colón, Panama", "León, in Guanajuato": the division or country named right after a comma, if any.</summary>
    private static Toponym? Apposition(IReadOnlyList<Toponym> toponyms, int index, string text)
    {
        if (index + 1 >= toponyms.Count) return null;
        var (current, next) = (toponyms[index], toponyms[index + 1]);
        var gap = next.Start - current.End;
        if (gap > 1) return null;
        var between = text[current.Mention.Tokens[current.End - 1].End..next.Offset].Trim();
        return between == "," || (gap == 1 && between.StartsWith(',') && AppositionWords.Contains(current.Mention.Keys[current.End])) ? next : null;
    }

    private IReadOnlyList<GazetteerPlace> Choose(Toponym toponym, Toponym? apposition, Dictionary<string, int> support, string text, IReadOnlyList<Toponym> all)
    {
        if (apposition is { IsAbroadCountry: true }) return [];
        var candidates = toponym.Candidates;
        if (candidates.Count == 1 && candidates[0].Places.Count > 1 && candidates[0].Risk == PlaceRisk.None) return candidates[0].Places;
        var singles = candidates.Where(c => c.Place is not null).ToArray();
        var preferred = apposition is null ? [] : singles.Where(c => apposition.Candidates.Any(a => a.Place is { } p && p.Level < c.Place!.Level && c.Place.Path.StartsWith(p.Path + Article.RegionSeparator, StringComparison.Ordinal))).ToArray();
        if (toponym.WordLike) singles = singles.Where(c => c.Risk == PlaceRisk.None || preferred.Contains(c)).ToArray();
        if (singles.Length == 0) return [];

        var scores = singles.GroupBy(c => c.Place!.Country)
            .Select(g => (Country: g.Key, Score: Score(g.Key) + g.Max(c => Bonus(c, support, toponym.Mention.Key)) + (preferred.Any(p => p.Place!.Country == g.Key) ? 3 : 0)))
            .OrderByDescending(s => s.Score)
            .ToArray();
        var best = scores[0];
        if (toponym.IsAnchor) return Within(singles.Where(c => c.Place!.Country == best.Country).ToArray(), preferred, support, toponym);
        if (best.Score <= 0) return ByPopulation(singles, toponym);
        if (scores.Length > 1 && best.Score < Margin * scores[1].Score) return [];
        var agreed = best.Score - Score(best.Country) > 0;
        var firm = _strong.GetValueOrDefault(best.Country) > 0 || agreed;
        var unopposed = scores.Length == 1 || scores[1].Score == 0;
        var divisionCue = (toponym.Cue & ~(MentionContext.City | MentionContext.Mayor)) != 0;
        if (toponym.HasNamesake && ((!firm && !(divisionCue && unopposed)) || AbroadInSentence(toponym, all, text))) return [];
        var inCountry = singles.Where(c => c.Place!.Country == best.Country).ToArray();
        if (!firm && !(toponym.Cued && unopposed) && inCountry.Max(c => c.Population) < singles.Max(c => c.Population)) return [];
        return Within(inCountry, preferred, support, toponym);
    }

    private double Score(string country) => _strong.GetValueOrDefault(country) + 0.5 * _weak.GetValueOrDefault(country);

    /// <summary>How much other names of the article support the candidate's division: names sharing it, and anchors in it.</summary>
    private double Bonus(PlaceName candidate, Dictionary<string, int> support, string key) =>
        candidate.Place!.Division is { } division
            ? support.GetValueOrDefault(division) + (_anchorDivisions.TryGetValue(division, out var keys) && keys.Any(k => k != key) ? 1 : 0)
            : 0;

    private static IReadOnlyList<GazetteerPlace> ByPopulation(PlaceName[] candidates, Toponym toponym)
    {
        if (toponym.HasNamesake) return [];
        var ordered = candidates.OrderByDescending(c => c.Population).ToArray();
        var top = ordered[0];
        if (top.Risk != PlaceRisk.None || top.IsMinorTown) return [];
        var rival = ordered.Skip(1).FirstOrDefault(c => c.Place!.Country != top.Place!.Country);
        return rival is null || top.Population >= Dominance * Math.Max(rival.Population, 1) ? [top.Place!] : [];
    }

    /// <summary>
    /// The candidate within the chosen country: the country itself unless a cue asks for a division; then the
    /// one the apposition or another name of the article supports; then an alias, the capital, a division, and
    /// the most populous town. Towns of the same name in different divisions and of similar size give the country.
    /// </summary>
    private IReadOnlyList<GazetteerPlace> Within(PlaceName[] candidates, PlaceName[] preferred, Dictionary<string, int> support, Toponym toponym)
    {
        var country = candidates.FirstOrDefault(c => c.Place!.Level == PlaceLevel.Country);
        if (country is not null && !toponym.Cued) return [country.Place!];
        var pool = candidates.Where(preferred.Contains).ToArray();
        if (pool.Length == 0) pool = candidates.Where(c => Bonus(c, support, toponym.Mention.Key) > 0).ToArray();
        if (pool.Length == 0) pool = candidates;
        var pick = pool.FirstOrDefault(c => c.Kind == PlaceNameKind.Alias)
            ?? pool.FirstOrDefault(c => c.IsCapital)
            ?? pool.FirstOrDefault(c => c.Place!.Level == PlaceLevel.Division);
        if (pick is not null) return [pick.Place!];
        var towns = pool.OrderByDescending(c => c.Population).ToArray();
        var rival = towns.Skip(1).FirstOrDefault(t => t.Place!.Division != towns[0].Place!.Division);
        if (rival is null || towns[0].Population >= 3 * rival.Population) return [towns[0].Place!];
        return gazetteer.FindByPath(towns[0].Place!.Country) is { } countryPlace ? [countryPlace] : [];
    }

    private static bool AbroadInSentence(Toponym toponym, IReadOnlyList<Toponym> all, string text)
    {
        var (from, to) = SentenceAround(text, toponym.Offset);
        return all.Any(t => t.IsAbroadCountry && t.Offset >= from && t.Offset < to);
    }

    private static (int From, int To) SentenceAround(string text, int offset)
    {
        var from = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(offset - 1, 0)) + 1;
        var to = text.IndexOfAny(['.', '!', '?', '\n'], offset);
        return (from, to < 0 ? text.Length : to);
    }

    private static void Add(Dictionary<string, double> evidence, string country, double amount) =>
        evidence[country] = evidence.GetValueOrDefault(country) + amount;
}
