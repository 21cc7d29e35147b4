using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.AspNetCore.WebUtilities;

namespace SearchPortal.Web.Tests.Maps;

/// <summary>
/// The map's counts are the region facet's: for random queries and filters over a real index, every region the
/// results page's map and <c>/api/map</c> draw has the count <c>/api/search</c> gives it for the same parameters.
/// </summary>
public sealed class MapCountPropertyTests(DevsetPortal portal) : IClassFixture<DevsetPortal>
{
    private static readonly string[] Queries = ["", "trafficking", "mining", "trata", "cocaine", "police", "gang", "minería", "\"human trafficking\"", "smuggling OR contrabando", "extortion -Mexico"];

    [Property(MaxTest = 60)]
    public Property Map_RandomSearch_DrawsTheRegionFacetCounts()
    {
        var client = portal.CreateClient();
        var unfiltered = ApiFacets.RegionCountsAsync(client, "").GetAwaiter().GetResult();
        var regions = unfiltered.Keys.Where(k => k.Count(c => c == '/') <= 1).Order(StringComparer.Ordinal).ToArray();
        var request =
            from q in Gen.Elements(Queries)
            from picked in Gen.SubListOf(regions)
            from lang in Gen.Elements("", "en", "es")
            from year in Gen.Elements("", "..2014", "2015..")
            select Query(q, picked.Take(2), lang, year);

        return Prop.ForAll(request.ToArbitrary(), query => Check(client, query).GetAwaiter().GetResult());
    }

    [Fact]
    public async Task Map_CountryWithoutOutlines_ListsItsDivisionsRankedAsTheFacetCountsThem()
    {
        // Arrange
        var client = portal.CreateClient();
        var unfiltered = await ApiFacets.RegionCountsAsync(client, "");
        var country = unfiltered.Keys.First(k => !k.Contains('/') && k != "Peru" && unfiltered.Keys.Any(d => d.StartsWith(k + "/", StringComparison.Ordinal)));
        var query = Query("", [country], "", "");
        var facets = await ApiFacets.RegionCountsAsync(client, query);

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/" + query));

        // Assert
        Assert.Null(page.QuerySelector("#map svg"));
        var items = page.QuerySelectorAll("#map .map-ranked a").Select(a => (Region: a.GetAttribute("data-region")!, Count: MapReading.CountIn(a.GetAttribute("aria-label")!))).ToList();
        Assert.NotEmpty(items);
        Assert.Equal(items.OrderByDescending(i => i.Count).Select(i => i.Count), items.Select(i => i.Count));
        var listed = facets.Where(f => f.Key.StartsWith(country + "/", StringComparison.Ordinal) && f.Key.Count(c => c == '/') == 1).ToList();
        Assert.All(listed, f => Assert.Contains((f.Key, f.Value), items));
        Assert.Equal(QueryHelpers.AddQueryString("/", "region", items[0].Region), page.QuerySelector("#map .map-ranked a")!.GetAttribute("href"));
    }

    private static string Query(string q, IEnumerable<string> regions, string lang, string year)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (q.Length > 0) pairs.Add(new("q", q));
        pairs.AddRange(regions.Select(r => new KeyValuePair<string, string?>("region", r)));
        if (lang.Length > 0) pairs.Add(new("lang", lang));
        if (year.Length > 0) pairs.Add(new("year", year));
        return QueryHelpers.AddQueryString("", pairs);
    }

    private static async Task<bool> Check(HttpClient client, string query)
    {
        var facets = await ApiFacets.RegionCountsAsync(client, query);
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/" + query));
        var onPage = MapReading.FromPage(page);
        var inImage = MapReading.FromSvg(await client.GetStringAsync("/api/map" + query));

        // Every region the map draws has the facet's count (zero when the facet lists no articles there) ...
        var drawn = onPage.All(r => r.Value == facets.GetValueOrDefault(r.Key) || (!facets.ContainsKey(r.Key) && Truncated(facets, r.Key)));
        // ... every value the facet counts on the map's level is drawn with that count ...
        var countries = QueryHelpers.ParseQuery(query)["region"].Select(r => r!.Split('/')[0]).Distinct().ToArray();
        var level = countries.Length == 1 ? countries[0] : null;
        var onLevel = facets.Where(f => f.Value > 0 && (level is null ? !f.Key.Contains('/') : f.Key.StartsWith(level + "/", StringComparison.Ordinal) && f.Key.Count(c => c == '/') == 1));
        var complete = onLevel.All(f => onPage.GetValueOrDefault(f.Key, -1) == f.Value);
        // ... and the image for the same parameters draws the same counts.
        var same = page.QuerySelector("#map svg") is null || inImage.All(r => !onPage.ContainsKey(r.Key) || onPage[r.Key] == r.Value);
        Assert.True(drawn && complete && same, $"{query}: drawn {drawn}, complete {complete}, image {same}");
        return true;
    }

    /// <summary>The API lists 10 values per level: a value missing there may be below the 10th.</summary>
    private static bool Truncated(Dictionary<string, int> facets, string region)
    {
        var parent = region.Contains('/') ? region[..region.LastIndexOf('/')] + "/" : null;
        return facets.Keys.Count(k => parent is null ? !k.Contains('/') : k.StartsWith(parent, StringComparison.Ordinal) && k.Count(c => c == '/') == region.Count(c => c == '/')) >= 10;
    }
}
