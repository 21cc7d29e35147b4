using Microsoft.AspNetCore.WebUtilities;
using SearchPortal.Core.Export;
using SearchPortal.Web.Api;

namespace SearchPortal.Web.Exports;

/// <summary>
/// URLs derived from a search URL: its exports and permalink (pinned to the index generation the
/// page was rendered from), its Atom feed (always current), and the same search unpinned. Paging and
/// page size never carry over: exports and feeds cover the whole result set; nor does any parameter a search does
/// not read. Immutable per request.
/// </summary>
public sealed class ExportLinks(IQueryCollection query, long generation)
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "page", "size", "format", PinnedVersion.Parameter };

    private static readonly HashSet<string> NotInFeeds = new(StringComparer.OrdinalIgnoreCase) { "sort" };

    public string Export(string format) => Build("/api/export", [("format", format), (PinnedVersion.Parameter, Generation)]);

    public IEnumerable<(string Name, string Url)> Exports() => ExportFormats.Names.Select(name => (name, Export(name)));

    public string Permalink => Build("/", [(PinnedVersion.Parameter, Generation)]);

    /// <summary>The map of the results as an SVG image (<c>/api/map</c>), in <paramref name="language"/>, pinned like the exports.</summary>
    public string Map(string language) => Build("/api/map", [(Api.MapApi.LanguageParameter, language), (PinnedVersion.Parameter, Generation)]);

    public string Feed => Build("/feed.atom", [], NotInFeeds);

    public string Unpinned => Build("/", []);

    private string Generation => generation.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string Build(string path, IEnumerable<(string Key, string Value)> extra, IReadOnlySet<string>? alsoDropped = null)
    {
        var pairs = SearchQueryBinder.LinkState(query)
            .Where(p => !Dropped.Contains(p.Key) && alsoDropped?.Contains(p.Key) != true)
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))
            .Concat(extra.Select(e => KeyValuePair.Create(e.Key, (string?)e.Value)));
        return QueryHelpers.AddQueryString(path, pairs);
    }
}
