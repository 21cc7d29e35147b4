using SearchPortal.Web.Admin;
using SearchPortal.Web.Api;
using SearchPortal.Web.Embed;
using SearchPortal.Web.Exports;
using SearchPortal.Web.Localization;
using SearchPortal.Web.Security;

namespace SearchPortal.Web.Hosting;

/// <summary>The middleware pipeline and endpoint map of the portal.</summary>
public static class SearchPortalPipeline
{
    public static WebApplication UseSearchPortal(this WebApplication app)
    {
        HostAllowlist.WarnWhenOpen(app);
        app.UseProxyHeaders();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapSearchPortal(this WebApplication app)
    {
        // Open (or build) the index before the first request rather than during it.
        app.Services.GetRequiredService<IndexHost>();
        app.MapOpenApi();
        app.MapSearchApi();
        app.MapArticlesApi();
        app.MapFacetsApi();
        app.MapMapApi();
        app.MapExports();
        app.MapUiSwitch();
        app.MapAdmin();
        app.MapHealth();
        app.MapOpenSearch();
        app.MapRazorPages();
        return app;
    }
}
