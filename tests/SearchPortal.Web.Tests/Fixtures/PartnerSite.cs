using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SearchPortal.Web.Tests.Fixtures;

/// <summary>
/// A partner's web site on its own loopback port (so a different origin from the portal): a tiny Kestrel app
/// serving the pages <c>render(path, portalOrigin)</c> returns, with a strict CSP of its own that allows the
/// portal only where an embedding site must (script, connect, frame). Started per fixture; disposed with it.
/// </summary>
public sealed class PartnerSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PartnerSite(WebApplication app) => _app = app;

    /// <summary>The site's origin, e.g. "http://127.0.0.1:41234".</summary>
    public string Origin => _app.Urls.Single().TrimEnd('/');

    /// <summary>The portal the pages embed; set once the portal has its port.</summary>
    public string PortalOrigin { get; set; } = "";

    public static async Task<PartnerSite> StartAsync(Func<string, string, (string ContentType, string Body)?> render)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var site = new PartnerSite(app);
        app.Run(async context =>
        {
            if (render(context.Request.Path.Value ?? "/", site.PortalOrigin) is not var (contentType, body))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Response.Headers.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self' {site.PortalOrigin}; connect-src {site.PortalOrigin}; " +
                $"frame-src {site.PortalOrigin}; style-src 'self'; img-src 'self' {site.PortalOrigin}";
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });
        await app.StartAsync();
        return site;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
