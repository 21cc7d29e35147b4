using SearchPortal.Web.Api;
using SearchPortal.Web.Exports;
using SearchPortal.Web.Localization;

namespace SearchPortal.Web.Hosting;

/// <summary>The middleware pipeline and endpoint map of the portal.</summary>
public static class SearchPortalPipeline
{
    public static WebApplication UseSearchPortal(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
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
        app.MapExports();
        app.MapUiSwitch();
        app.MapHealth();
        app.MapRazorPages();
        return app;
    }
}
