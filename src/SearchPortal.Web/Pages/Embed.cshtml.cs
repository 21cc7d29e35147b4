using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Web.Api;
using SearchPortal.Web.Embed;
using SearchPortal.Web.Partners;
using SearchPortal.Web.Security;

namespace SearchPortal.Web.Pages;

/// <summary>
/// The iframe search box, <c>/embed?partner=…&amp;q=…&amp;hl=en|es</c>, for partner sites that allow no
/// third-party script: server-rendered, no script at all, searches within the partner's scope, and may be
/// framed only by that partner's origins.
/// </summary>
public sealed class EmbedModel(ArticleSearcher searcher, IndexSnapshots snapshots, PartnerDirectory partners) : PageModel
{
    public const int DefaultSize = 5;

    public Partner? Partner { get; private set; }

    public EmbedText Text { get; private set; } = EmbedText.English;

    public SearchResponse? Results { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string Query => Request.Query["q"].ToString();

    public string? InterfaceLanguage => Request.Query["hl"].FirstOrDefault();

    public void OnGet()
    {
        Text = EmbedText.For(InterfaceLanguage);
        var request = SearchQueryBinder.Bind(Request.Query, out var errors, DefaultSize);
        Partner = partners.Resolve(Request, errors);
        if (Partner is null && errors.Count == 0)
        {
            errors[PartnerDirectory.QueryParameter] = ["partner is required: /embed?partner=<key>&q=<words>."];
        }
        if (Partner is not null) SecurityHeaders.AllowFraming(HttpContext, Partner.Origins);
        Errors = [.. errors.Values.SelectMany(m => m)];
        if (Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        else if (!string.IsNullOrWhiteSpace(Query))
        {
            using var snapshot = snapshots.Current();
            Results = searcher.Search(snapshot, request with { Scope = Partner?.Scope });
        }
    }

    public string ArticleLink(SearchHit hit) => $"{Url.Content("~/articles/")}{Uri.EscapeDataString(hit.Key)}?q={Uri.EscapeDataString(Query)}";

    public string PortalSearchLink() => $"{Url.Content("~/")}?q={Uri.EscapeDataString(Query)}";

    public string Meta(SearchHit hit) =>
        $"{hit.Outlet ?? Text.UnknownOutlet} · {hit.Published?.ToString("d MMM yyyy", Text.Culture) ?? Text.Undated}";
}
