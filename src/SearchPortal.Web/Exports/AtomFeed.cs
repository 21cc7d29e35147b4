using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using SearchPortal.Core.Export;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Web.Security;

namespace SearchPortal.Web.Exports;

/// <summary>
/// Builds the Atom 1.0 document of a search's newest hits with System.ServiceModel.Syndication: feed
/// id = its own URL, self and alternate (search page) links, a feed-level author so every entry is
/// valid without one; entries identified by their article page URL, with the plain-text snippet as
/// summary and links to the article page (alternate) and the original article (related, http(s) only).
/// Undated articles take the index build time as their "updated". Every text goes through
/// <see cref="XmlText"/> first, since XML cannot carry control characters or lone surrogates and an
/// older index may hold them. Stateless and thread-safe.
/// </summary>
public static class AtomFeed
{
    public const int Entries = 50;

    public const string MediaType = "application/atom+xml; charset=utf-8";

    public static SyndicationFeed Build(SearchResponse response, IndexVersion version, string title, string baseUrl, string selfUrl, string pageUrl)
    {
        var fallbackTime = version.BuiltAt ?? DateTimeOffset.UnixEpoch;
        var items = response.Hits.Select(hit => Entry(hit, baseUrl, fallbackTime)).ToList();
        var feed = new SyndicationFeed(XmlText.Clean(title), null, new Uri(pageUrl), selfUrl,
            items.Count == 0 ? fallbackTime : items.Max(i => i.LastUpdatedTime), items)
        {
            Generator = "SearchPortal",
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(selfUrl), "application/atom+xml"));
        feed.Authors.Add(new SyndicationPerson { Name = "SearchPortal" });
        return feed;
    }

    public static byte[] Serialize(SyndicationFeed feed)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }
        return buffer.ToArray();
    }

    private static SyndicationItem Entry(SearchHit hit, string baseUrl, DateTimeOffset fallbackTime)
    {
        var articleUrl = $"{baseUrl}/articles/{hit.Key}";
        var published = hit.Published is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var item = new SyndicationItem(XmlText.Clean(hit.Title), (SyndicationContent?)null, new Uri(articleUrl), articleUrl, published ?? fallbackTime)
        {
            Summary = new TextSyndicationContent(XmlText.Clean(PlainText.Snippet(hit))),
        };
        if (published is { } at) item.PublishDate = at;
        foreach (var author in AuthorNames.Parse(hit.Author)) item.Authors.Add(new SyndicationPerson { Name = XmlText.Clean(author.Natural) });
        foreach (var crime in hit.CrimeTypes) item.Categories.Add(new SyndicationCategory(XmlText.Clean(crime)));
        if (LinkUrls.HttpOrNull(hit.Url) is { } original)
        {
            item.Links.Add(new SyndicationLink(new Uri(original), "related", hit.Outlet is null ? null : XmlText.Clean(hit.Outlet), "text/html", 0));
        }
        return item;
    }
}
