using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// The enrichment stage: tags regions, crime types and criminal groups from an article's title and text, each
/// as what the article is about (<see cref="Article.Regions"/>, <see cref="Article.CrimeTypes"/>,
/// <see cref="Article.Groups"/>) and everything it mentions, and normalises its outlet. Group names are found
/// first so that places inside them are not read as places; places are resolved with the outlet's country as
/// evidence. Create once and share: the taggers are immutable, so <see cref="Enrich"/> is thread-safe and can
/// run from parallel indexing.
/// </summary>
public sealed class ArticleEnricher
{
    private readonly RegionTagger _regions;
    private readonly CrimeTagger _crimes;
    private readonly GroupTagger _groups;
    private readonly FocusPolicy _policy;

    public ArticleEnricher(RegionTagger regions, CrimeTagger crimes, GroupTagger groups, FocusPolicy policy)
    {
        _regions = regions;
        _crimes = crimes;
        _groups = groups;
        _policy = policy;
    }

    /// <summary>An enricher over the embedded gazetteer, crime taxonomy and group list, with the default focus policy.</summary>
    public static ArticleEnricher CreateDefault() => new(new RegionTagger(), new CrimeTagger(), new GroupTagger(), FocusPolicy.Default);

    /// <summary>
    /// A copy of <paramref name="article"/> with its focus and mentioned regions, crime types and groups, and its
    /// outlet normalised (falling back to the URL's host when it is a known outlet).
    /// </summary>
    public Article Enrich(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var outlet = OutletNormalizer.Normalize(article.Outlet) ?? OutletNormalizer.FromUrl(article.Url);
        var text = article.Title + "\n\n" + article.Text;
        var tokens = WordTokenizer.Tokenize(text);
        var zones = TextZones.Of(text, article.Title.Length, tokens, _policy);

        var keys = WordForms.SingularKeys(tokens);
        var groupMatches = _groups.Match(text, tokens, keys);
        var masked = new bool[tokens.Count];
        foreach (var match in groupMatches) Array.Fill(masked, true, match.Start, match.Length);
        var resolved = _regions.Find(text, tokens, masked, OutletNormalizer.CountryOf(outlet))
            .SelectMany(t => t.Resolved.Select(p => (Place: p, t.Offset)))
            .ToArray();
        var places = resolved.Select(r => new TagHit(r.Place.Path, r.Offset)).ToArray();
        var countries = resolved.Select(r => r.Place.Country).ToHashSet(StringComparer.Ordinal);

        var regions = FocusSelector.Regions(places, zones, _policy);
        var crimes = FocusSelector.Flat(_crimes.Find(tokens, keys, article.Language), zones, _policy);
        var groups = FocusSelector.Flat(GroupTagger.Resolve(groupMatches, countries), zones, _policy);
        return article with
        {
            Regions = regions.About,
            RegionMentions = regions.Mentioned,
            CrimeTypes = crimes.About,
            CrimeTypeMentions = crimes.Mentioned,
            Groups = groups.About,
            GroupMentions = groups.Mentioned,
            Outlet = outlet,
        };
    }
}
