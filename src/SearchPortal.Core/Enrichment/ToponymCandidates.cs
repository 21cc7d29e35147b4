namespace SearchPortal.Core.Enrichment;

/// <summary>
/// The local reading of a matched name: what its capitalisation and the words around it allow before any
/// evidence from the rest of the article. A demonym is always a country ("Argentina" is the country's name where
/// it stands as a name, the adjective in "Policía Federal Argentina"); a name in lower case, after a
/// capitalised first name ("Vieira Lima"), before "said", inside an organisation's name ("Cartel de Sinaloa",
/// "Policía Federal Argentina": still evidence of the country, not a mention of it)
/// or after "río"/"calle"/"barrio" is no place; a name that is also a common word or a personal name is marked
/// word-like where capitals tell nothing (sentence start, title-case headline, "Federal Reserve") unless "in X" or a
/// cue says otherwise; a one-word town before another capitalised word is a first name or part of a longer name
/// ("Cuauhtémoc Blanco", "Embu Coffee"); a cue ("state of", "departamento de", "city of") keeps only the
/// places of that kind; names that need a cue lose their candidates without one. A country's name is the country
/// ("Venezuela", not the Cuban town), unless a cue asks for a division ("departamento de Guatemala"). Stateless.
/// </summary>
internal static class ToponymCandidates
{
    private const string Peru = "Peru";

    public static Toponym Read(Mention mention, IReadOnlyList<PlaceName> names, Gazetteer gazetteer, HashSet<string> surnames)
    {
        var demonym = names.FirstOrDefault(n => n.Kind == PlaceNameKind.Demonym);
        var countryName = names.Any(n => n.Kind == PlaceNameKind.Place && n.Level == PlaceLevel.Country);
        if (demonym is not null && !(countryName && mention.IsCapitalised())) return new Toponym(mention, []) { Demonym = demonym };
        if (!mention.IsCapitalised()) return new Toponym(mention, []);
        if (names.Any(n => n.Kind == PlaceNameKind.AbroadCountry)) return new Toponym(mention, []) { IsAbroadCountry = true };
        var context = mention.Context();
        if ((context & (MentionContext.Blocked | MentionContext.Organisation)) != 0 || names.Any(n => n.Kind == PlaceNameKind.Blocker)
            || mention.PrecedesSpeechVerb() || IsSurname(mention, context, surnames))
        {
            var named = names.FirstOrDefault(n => n.Kind == PlaceNameKind.Place && n.Level == PlaceLevel.Country);
            return new Toponym(mention, []) { EvidenceOf = named?.Place };
        }

        IReadOnlyList<PlaceName> candidates = names.Where(n => n.Kind is PlaceNameKind.Place or PlaceNameKind.Alias).ToArray();
        var cued = false;
        if ((context & MentionContext.Level) != 0)
        {
            var compatible = candidates.Where(c => Fits(c, context, gazetteer)).ToArray();
            if (compatible.Length > 0) (candidates, cued) = (compatible, true);
        }
        if (!cued && candidates.FirstOrDefault(c => c.Level == PlaceLevel.Country) is { } country) candidates = [country];
        var cueSatisfied = cued && !mention.PrecedesCapitalisedWord();
        var wordLike = !cued && (mention.PrecedesCapitalisedWord() || (mention.IsCapitalisedAnyway() && !mention.FollowsLocative()));
        if (!cued && mention.Length == 1 && mention.PrecedesCapitalisedWord())
            candidates = candidates.Where(c => !(c.IsTown && c.Kind == PlaceNameKind.Place)).ToArray();
        var shortCapitals = IsShortCapitals(mention, names);
        if (shortCapitals && !mention.InUpperCaseLine()) candidates = [];
        candidates = candidates.Where(c => (c.Risk != PlaceRisk.NeedsCue || cueSatisfied)
            && !(shortCapitals && (c.Risk != PlaceRisk.None || c.IsMinorTown))).ToArray();
        return new Toponym(mention, candidates)
        {
            Readings = names.Where(n => n.Kind is PlaceNameKind.Place or PlaceNameKind.Alias).ToArray(),
            HasNamesake = names.Any(n => n.Kind == PlaceNameKind.Abroad),
            Cued = cued,
            Cue = context & MentionContext.Level,
            WordLike = wordLike,
        };
    }

    /// <summary>
    /// The one-word names seen after a capitalised first name ("Geddel Vieira Lima"): later bare uses of them in the same
    /// article are the person too, unless a preposition of place or a cue introduces them.
    /// </summary>
    public static void CollectSurnames(Mention mention, IReadOnlyList<PlaceName> names, HashSet<string> surnames)
    {
        if (mention.Length == 1 && mention.IsCapitalised() && !mention.IsUpperCase() && names.All(n => n.Level != PlaceLevel.Country) && mention.FollowsCapitalisedWord())
            surnames.Add(mention.Key);
    }

    /// <summary>
    /// "ICA", "XICO": a short word in capitals is an acronym or a ticker in mixed-case text, and in a headline in
    /// capitals it is no small town or common word, unless the gazetteer writes the name so ("VRAEM").
    /// </summary>
    private static bool IsShortCapitals(Mention mention, IReadOnlyList<PlaceName> names) =>
        mention.Length == 1 && mention.Key.Length <= 4 && mention.IsUpperCase() && !names.Any(n => n.Name.All(c => !char.IsLower(c)));

    private static bool IsSurname(Mention mention, MentionContext context, HashSet<string> surnames) =>
        mention.FollowsCapitalisedWord()
        || (surnames.Contains(mention.Key) && !mention.FollowsLocative() && (context & MentionContext.Level) == 0);

    /// <summary>Whether a candidate is the kind of place the cue names, in its country's own terms.</summary>
    private static bool Fits(PlaceName candidate, MentionContext context, Gazetteer gazetteer)
    {
        if (candidate.Place is not { } place || place.Level == PlaceLevel.Country) return false;
        var word = gazetteer.DivisionWord(place.Country);
        var division = place.Level == PlaceLevel.Division;
        var peruProvince = place.Level == PlaceLevel.Locality && place.Country == Peru;
        return (context.HasFlag(MentionContext.Province) && ((division && word == "province") || peruProvince))
            || (context.HasFlag(MentionContext.State) && division && word == "state")
            || (context.HasFlag(MentionContext.Department) && division && word == "department")
            || (context.HasFlag(MentionContext.Region) && division && (word == "region" || place.Country == Peru))
            || (context.HasFlag(MentionContext.City) && !division)
            || (context.HasFlag(MentionContext.Governor) && division)
            || (context.HasFlag(MentionContext.Mayor) && !division);
    }
}
