using SearchPortal.Web.Hosting;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using SearchPortal.Core.Export;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Web.Api;

namespace SearchPortal.Web.Exports;

/// <summary>
/// <c>GET /api/export?format=csv|jsonl|ris|bibtex|csljson|csvsemicolon&amp;…</c>: every hit of a search (the usual
/// parameters; page and size do not apply; <c>v</c> pins an index generation) streamed as a download, in one of
/// the few export slots and paid for by its rows (<see cref="ExportThrottle"/>).
/// <c>GET /api/export/article/{key}?format=…</c>: one article, for citing it. See EXPORTS.md.
/// </summary>
public static class ExportApi
{
    private static readonly string[] PagingParameters = ["page", "size"];

    private static readonly string FormatDescription = "The export format: " + string.Join(", ", ExportFormats.Names) + ".";

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/export").WithTags("Export");
        api.MapGet("", Export)
            .WithName("Export")
            .WithSummary("The whole result set of a search as CSV, JSON Lines, RIS, BibTeX or CSL-JSON.")
            .WithSearchParameters(PagingParameters)
            .WithQueryParameter("format", FormatDescription, JsonSchemaType.String, required: true)
            .WithExportResponses();
        api.MapGet("/article/{key}", ExportArticle)
            .WithName("ExportArticle")
            .WithSummary("One article as CSV, JSON Lines, RIS, BibTeX or CSL-JSON.")
            .WithQueryParameter("format", FormatDescription, JsonSchemaType.String, required: true)
            .WithExportResponses()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The statuses an export answers: the file in each format's media type, 400 for bad parameters, 410 for a pinned generation the index no longer keeps, 429 when busy or over the rate limit.</summary>
    private static RouteHandlerBuilder WithExportResponses(this RouteHandlerBuilder builder)
    {
        var types = Enum.GetValues<ExportFormat>().Select(f => ExportFormats.MediaType(f).Split(';')[0]).Distinct().ToArray();
        return builder
            .Produces(StatusCodes.Status200OK, typeof(string), types[0], types[1..])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static Results<StreamedExport, ValidationProblem, ProblemHttpResult> Export(
        HttpRequest http, ArticleSearcher searcher, IndexSnapshots snapshots, ExportThrottle throttle)
    {
        var query = SearchQueryBinder.Without(http.Query, PagingParameters);
        var request = SearchQueryBinder.Bind(query, out var errors);
        var format = BindFormat(http.Query, errors);
        var generation = PinnedVersion.Bind(http.Query, errors);
        if (errors.Count > 0) return SearchQueryBinder.Problem(errors, "Invalid export parameters");

        if (throttle.TryStart(http.HttpContext, out var busy) is not { } slot) return busy!;
        if (snapshots.Open(generation) is not { } snapshot)
        {
            slot.Dispose();
            return PinnedVersion.Gone(generation!.Value, snapshots);
        }
        try
        {
            var hits = searcher.StreamAll(snapshot, request, snippets: ExportFormats.HasSnippets(format));
            if (hits.FilterErrors.Count > 0)
            {
                Release();
                return SearchQueryBinder.FilterProblem(hits.FilterErrors, "Invalid export parameters");
            }
            if (hits.QueryProblem is { } problem)
            {
                Release();
                return SearchQueryBinder.QueryProblem(problem, "Invalid export parameters");
            }
            if (throttle.Charge(http.HttpContext, hits.Total) is { } overBudget)
            {
                Release();
                return overBudget;
            }
            var links = new ExportLinks(http.Query, hits.Version.Generation);
            var header = ExportHeader.For(format, hits, DateTimeOffset.UtcNow) with
            {
                Permalink = http.BaseUrl() + links.Permalink,
                ArticleBaseUrl = http.BaseUrl() + "/articles/",
            };
            return new StreamedExport(snapshot, header, hits.Hits(), FileName(request.Query, hits.Version.Generation, format), slot);
        }
        catch
        {
            Release();
            throw;
        }

        void Release()
        {
            snapshot.Dispose();
            slot.Dispose();
        }
    }

    private static Results<StreamedExport, ValidationProblem, ProblemHttpResult> ExportArticle(
        string key, HttpRequest http, ArticleSearcher searcher, IndexSnapshots snapshots)
    {
        var errors = new ParameterErrors();
        var format = BindFormat(http.Query, errors);
        if (errors.Count > 0) return SearchQueryBinder.Problem(errors, "Invalid export parameters");
        var snapshot = snapshots.Current();
        if (searcher.Get(snapshot, key, ExportFormats.HasSnippets(format)) is not { } article)
        {
            snapshot.Dispose();
            return ArticlesApi.NotFound(key);
        }
        var header = new ExportHeader(format, "", FacetSelection.Empty, SortOrder.Relevance, 1, snapshot.Version, DateTimeOffset.UtcNow)
        {
            ArticleBaseUrl = http.BaseUrl() + "/articles/",
        };
        var fileName = CitationKey.For(article) + "." + ExportFormats.Extension(format);
        return new StreamedExport(snapshot, header, [article], fileName);
    }

    private static ExportFormat BindFormat(IQueryCollection query, ParameterErrors errors)
    {
        var raw = query["format"].ToString();
        if (ExportFormats.TryParse(raw, out var format)) return format;
        var names = string.Join(", ", ExportFormats.Names);
        if (string.IsNullOrWhiteSpace(raw)) errors.Add("format", "param.formatRequired", names);
        else errors.Add("format", "param.formatUnknown", SearchQueryBinder.Truncate(raw), names);
        return default;
    }

    /// <summary>"searchportal-{query words}-v{generation}.{ext}", ASCII only, so every browser keeps it.</summary>
    private static string FileName(string? query, long generation, ExportFormat format)
    {
        var slug = new StringBuilder();
        foreach (var c in (query ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-' && (char.IsWhiteSpace(c) || char.IsPunctuation(c))) slug.Append('-');
            if (slug.Length >= 40) break;
        }
        var words = slug.ToString().Trim('-');
        return $"searchportal-{(words.Length == 0 ? "all" : words)}-v{generation}.{ExportFormats.Extension(format)}";
    }
}
