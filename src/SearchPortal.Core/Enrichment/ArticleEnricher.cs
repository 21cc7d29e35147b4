using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// The enrichment stage: tags regions and crime types from an article's title and text and normalises its
/// outlet. Create once and share: the taggers are immutable, so <see cref="Enrich"/> is thread-safe and can
/// run from parallel indexing.
/// </summary>
public sealed class ArticleEnricher
{
    private readonly RegionTagger _regions;
    private readonly CrimeTagger _crimes;

    public ArticleEnricher(RegionTagger regions, CrimeTagger crimes)
    {
        _regions = regions;
        _crimes = crimes;
    }

    /// <summary>An enricher over the embedded gazetteer and crime taxonomy.</summary>
    public static ArticleEnricher CreateDefault() => new(new RegionTagger(), new CrimeTagger());

    /// <summary>A copy of <paramref name="article"/> with Regions, CrimeTypes and Outlet set; the outlet falls back to the URL's host when it is a known outlet.</summary>
    public Article Enrich(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Title + "\n\n" + article.Text;
        var tokens = WordTokenizer.Tokenize(text);
        return article with
        {
            Regions = _regions.Tag(text, tokens),
            CrimeTypes = _crimes.Tag(tokens, article.Language),
            Outlet = OutletNormalizer.Normalize(article.Outlet) ?? OutletNormalizer.FromUrl(article.Url),
        };
    }
}
