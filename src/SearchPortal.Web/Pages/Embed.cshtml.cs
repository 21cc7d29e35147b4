using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Web.Api;
using SearchPortal.Web.Embed;
using SearchPortal.Web.Maps;
using SearchPortal.Web.Localization;
using SearchPortal.Web.Partners;
using SearchPortal.Web.Security;

namespace SearchPortal.Web.Pages;

/// <summary>
/// The iframe search box, <c>/embed?partner=…&amp;q=…&amp;hl=en|es</c>, for partner sites that allow no
/// third-party script: server-rendered, no script at all, searches within the partner's scope, and may be
/// framed only by that partner's origins. Its links to the portal carry the partner, so they open the portal inside
/// the same scope. <c>map=on</c> adds a small map of the results' regions (an image, no links).
/// </summary>
public sealed class EmbedModel(ArticleSearcher searcher, IndexSnapshots snapshots, PartnerDirectory partners, MapAtlas atlas) : PageModel
{
    public const int DefaultSize = 5;

    /// <summary>The parameter that turns the small map on: <c>map=on</c> (or true, 1).</summary>
    public const string MapParameter = "map";

    private static readonly string[] MapOn = ["on", "true", "1"];

    public Partner? Partner { get; private set; }

    public EmbedText Text { get; private set; } = EmbedText.English;

    /// <summary>The portal's strings in the box's language, for notices and errors.</summary>
    public UiText Ui { get; private set; } = UiText.English;

    public SearchResponse? Results { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string Query => Request.Query["q"].ToString();

    public string? InterfaceLanguage => Request.Query["hl"].FirstOrDefault();

    /// <summary>Whether the embed asked for the small map (<see cref="MapParameter"/>).</summary>
    public bool ShowMap => MapOn.Contains(Request.Query[MapParameter].ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The small map of the results (SVG markup), when the embed asked for it and there are results.</summary>
    public string? Map { get; private set; }

    /// <summary>The notices, worded in the box's language.</summary>
    public IEnumerable<string> Notices => (Results?.Notices ?? [])
        .Select(Ui.Render);

    public void OnGet()
    {
        Text = EmbedText.For(InterfaceLanguage);
        Ui = UiText.ForLanguage(Text.Language);
        var request = SearchQueryBinder.Bind(Request.Query, out var errors, DefaultSize);
        Partner = partners.Resolve(Request, errors);
        if (Partner is null && errors.Count == 0) errors.Add(PartnerDirectory.QueryParameter, "param.partnerRequired");
        if (Partner is not null) SecurityHeaders.AllowFraming(HttpContext, Partner.Origins);
        Errors = [.. errors.All.Select(e => Ui.Render(e.Reason))];
        if (Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        else if (!string.IsNullOrWhiteSpace(Query))
        {
            using var snapshot = snapshots.Current();
            // With the map, every country and division the map can show is counted, as /api/map counts them.
            Results = searcher.Search(snapshot, request with { Scope = Partner?.Scope, FacetSize = ShowMap ? SearchLimits.MaxPageSize : request.FacetSize });
            if (ShowMap && Results.Total > 0) Map = atlas.Image(request, Results, MapText.For(Text.Language));
        }
    }

    /// <summary>The query the results are for: the applied spelling correction, else the query as typed.</summary>
    public string EffectiveQuery => Results?.Correction is { Applied: true } correction ? correction.Query : Query;

    public string ArticleLink(SearchHit hit) => $"{Url.Content("~/articles/")}{Uri.EscapeDataString(hit.Key)}?q={Uri.EscapeDataString(EffectiveQuery)}";

    /// <summary>The portal's search page for the query, in the partner's scope.</summary>
    public string PortalSearchLink() =>
        $"{Url.Content("~/")}?q={Uri.EscapeDataString(EffectiveQuery)}&{PartnerDirectory.QueryParameter}={Uri.EscapeDataString(Partner!.Key)}";

    /// <summary>This box searching <paramref name="query"/> (as typed when <paramref name="exact"/>).</summary>
    public string BoxLink(string query, bool exact = false) =>
        $"{Url.Content("~/embed")}?{PartnerDirectory.QueryParameter}={Uri.EscapeDataString(Partner!.Key)}&q={Uri.EscapeDataString(query)}"
        + (string.IsNullOrEmpty(InterfaceLanguage) ? "" : $"&hl={Text.Language}")
        + (exact ? $"&{SearchQueryBinder.CorrectParameter}=false" : "");

    public string Meta(SearchHit hit) =>
        $"{hit.Outlet ?? Text.UnknownOutlet} · {hit.Published?.ToString("d MMM yyyy", Text.Culture) ?? Text.Undated}";
}
