namespace SearchPortal.Web.Exports;

/// <summary>
/// Registers the research-workflow service (the export throttle) and maps the export and feed
/// endpoints; each is one line in the portal's service and pipeline setup.
/// </summary>
public static class ExportEndpoints
{
    public static IServiceCollection AddExports(this IServiceCollection services) => services.AddSingleton<ExportThrottle>();

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapExportApi();
        app.MapFeedApi();
        return app;
    }
}
