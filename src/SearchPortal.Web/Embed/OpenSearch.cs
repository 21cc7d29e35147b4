using SearchPortal.Web.Hosting;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Html;

namespace SearchPortal.Web.Embed;

/// <summary>
/// The OpenSearch description at <c>/opensearch.xml</c>, so browsers can add the portal as a search engine:
/// an HTML template for the search page and a JSON template for <c>/api/search</c>, both absolute URLs on the
/// portal's base URL (<see cref="PortalUrls"/>). <see cref="LinkTag"/> is the <c>&lt;link rel="search"&gt;</c> for page heads. Stateless.
/// </summary>
public static class OpenSearch
{
    public const string Path = "/opensearch.xml";
    public const string ContentType = "application/opensearchdescription+xml";
    public const string ShortName = "SearchPortal";

    private static readonly XNamespace Ns = "http://a9.com/-/spec/opensearch/1.1/";

    /// <summary>For the layout's head: <c>@SearchPortal.Web.Embed.OpenSearch.LinkTag</c>.</summary>
    public static IHtmlContent LinkTag { get; } = new HtmlString(
        $"<link rel=\"search\" type=\"{ContentType}\" href=\"{Path}\" title=\"{ShortName}\">");

    public static IEndpointRouteBuilder MapOpenSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpRequest request) =>
            {
                // Shared caches may keep it only when its URLs come from configuration, not from the request's Host.
                request.HttpContext.Response.Headers.CacheControl = request.HasPublicBaseUrl() ? "public, max-age=86400" : "private, max-age=86400";
                return TypedResults.Text(Describe(request.BaseUrl()), ContentType, Encoding.UTF8);
            })
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The description document for a portal served at <paramref name="baseUrl"/> (no trailing slash).</summary>
    public static string Describe(string baseUrl)
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "OpenSearchDescription",
                new XElement(Ns + "ShortName", ShortName),
                new XElement(Ns + "Description", "News on human trafficking and organized crime in Latin America, in English and Spanish."),
                new XElement(Ns + "InputEncoding", "UTF-8"),
                new XElement(Ns + "OutputEncoding", "UTF-8"),
                Url("text/html", $"{baseUrl}/?q={{searchTerms}}"),
                Url("application/json", $"{baseUrl}/api/search?q={{searchTerms}}&page={{startPage?}}&size={{count?}}"),
                Url(ContentType, baseUrl + Path, new XAttribute("rel", "self"))));
        var builder = new StringBuilder();
        using (var writer = new Utf8StringWriter(builder)) document.Save(writer);
        return builder.ToString();
    }

    private static XElement Url(string type, string template, params object[] extra) =>
        new(Ns + "Url", new XAttribute("type", type), new XAttribute("method", "get"), new XAttribute("template", template), extra);

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
