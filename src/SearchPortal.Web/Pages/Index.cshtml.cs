using Microsoft.AspNetCore.Mvc.RazorPages;
using SearchPortal.Core.Search;
using SearchPortal.Web.Api;

namespace SearchPortal.Web.Pages;

/// <summary>The search page, rendered on the server from the URL's parameters.</summary>
public sealed class IndexModel(ArticleSearcher searcher) : PageModel
{
    public SearchResponse? Results { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public string Query => Request.Query["q"].ToString();

    public void OnGet()
    {
        var request = SearchQueryBinder.Bind(Request.Query, out var errors);
        Errors = errors;
        if (errors.Count == 0) Results = searcher.Search(request);
        else Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
